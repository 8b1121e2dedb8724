"""The reference for `mla-writer --help`: a one-command typer app, as typer's documentation writes it
(default settings, so rich formats the help when it is installed)."""

import typer

app = typer.Typer()


@app.command()
def main(name: str = typer.Argument("World", help="Who to greet."),
         formal: bool = typer.Option(False, help="Say it formally.")) -> None:
    """Say hello."""
    typer.echo(f"{'Good day' if formal else 'Hello'}, {name}")


if __name__ == "__main__":
    app()
