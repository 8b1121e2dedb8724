"""Turns a case into a document: compose (wording) then write (.docx)."""
