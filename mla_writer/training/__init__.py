"""For trainers: the case library, exercises with chosen deficiencies, grading and handouts."""
