-- Alert numbers (LW-2026-0042) come from a counter per year instead of MAX() over every alert
-- of the year: that scan made each new alert cost more than the one before. A counter also
-- never hands out a number again after alerts were deleted with their organization.
CREATE TABLE alert_number_counters (
  year  INTEGER PRIMARY KEY,
  last  INTEGER NOT NULL
);

INSERT INTO alert_number_counters (year, last)
  SELECT CAST(substr(number, 4, 4) AS INTEGER), MAX(CAST(substr(number, 9) AS INTEGER))
  FROM alerts WHERE number LIKE 'LW-____-%'
  GROUP BY substr(number, 4, 4);
