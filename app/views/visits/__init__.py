"""Visits: the week calendar, planning and moving a visit, check-in/out and the visit report."""
