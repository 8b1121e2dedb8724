from mla_writer.cli import main

main()
