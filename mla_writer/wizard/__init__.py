"""The guided wizard: questions that fill the case model, one answer at a time."""
