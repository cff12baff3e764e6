"""What a meeting is: records, vocabularies, validation. Imports no Qt."""
