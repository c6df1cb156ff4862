"""Managers' screens: the team's visit reports to review, pipeline and activity.

Empty for now; the review and team dashboards land here.
"""
