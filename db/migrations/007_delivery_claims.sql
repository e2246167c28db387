-- Who is sending a delivery right now ('<pid>@<host>'), so two processes draining the same
-- outbox never send one alert twice, and a process that died mid-send can be recognized at
-- the next start and its deliveries sent at once (src/store/alerts-store.ts, claim()).
ALTER TABLE alert_deliveries ADD COLUMN claimed_by TEXT;
