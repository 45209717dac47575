"""Plain domain objects: scales, questions, surveys, reference tables, options, errors, figures."""
