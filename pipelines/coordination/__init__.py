"""Inter-municipal coordination: neighbour notifications about building plans (notify.py)
and the regional event calendar's merge rules (calendar.py)."""
