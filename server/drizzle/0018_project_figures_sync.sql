-- The 项目促建 figures' summary rows (project_funnel_totals, project_daily_figures) follow every write
-- to projects, investment_leads and project_funds, whatever makes it (the services, the seeds, a bulk
-- load, a restore), one statement at a time: each trigger adds what the statement's new rows count
-- less what its old rows counted. An update that changes nothing counted adds nothing (HAVING), and
-- the rows are written in key order so concurrent statements take their locks in the same order.
-- The statement's rows are gathered into arrays because a trigger sees only the transition tables
-- its event has (no old rows on insert, no new rows on delete).

-- From scratch, from the base tables: the first fill below, and after a TRUNCATE.
CREATE OR REPLACE FUNCTION project_figures_recount() RETURNS void AS $$
BEGIN
  DELETE FROM project_funnel_totals;
  DELETE FROM project_daily_figures;
  INSERT INTO project_funnel_totals (zone_id, step, park_id, officer_id, count, amount)
  SELECT zone_id, step, park_id, officer_id, count(*)::int, sum(amount)
  FROM (
    SELECT l.zone_id, l.status AS step, l.park_id, l.owner_id AS officer_id,
           coalesce(l.intended_investment, 0) AS amount
    FROM investment_leads l
    WHERE l.duplicate_of_id IS NULL
      AND (l.status IN ('lead', 'negotiating') OR (l.status = 'signed' AND l.project_id IS NULL))
    UNION ALL
    SELECT p.zone_id, p.stage, p.park_id, p.created_by, p.contract_amount FROM projects p
  ) c
  GROUP BY 1, 2, 3, 4;
  INSERT INTO project_daily_figures (zone_id, day, signed, contract_amount, large, started, producing, funds_amount)
  SELECT zone_id, day, sum(signed)::int, sum(amount), sum(large)::int, sum(started)::int, sum(producing)::int,
         sum(funds)
  FROM (
    SELECT p.zone_id, f.day, f.signed, f.amount, f.large, f.started, f.producing, 0 AS funds
    FROM projects p
    CROSS JOIN LATERAL (VALUES
      (p.signed_on, 1, p.contract_amount, CASE WHEN p.contract_amount >= 10000 THEN 1 ELSE 0 END, 0, 0),
      (p.started_on, 0, 0, 0, 1, 0),
      (p.producing_on, 0, 0, 0, 0, 1)
    ) AS f(day, signed, amount, large, started, producing)
    WHERE f.day IS NOT NULL
    UNION ALL
    SELECT d.zone_id, d.received_on, 0, 0, 0, 0, 0, d.amount FROM project_funds d
  ) c
  GROUP BY 1, 2;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION project_figures_on_truncate() RETURNS trigger AS $$
BEGIN
  PERFORM project_figures_recount();
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- A project counts in the funnel at its stage, and on the days it was signed (with its contract
-- amount; at least 10,000万元 = 1亿元 is a large project, as largeProjectContract in domain), started
-- and brought into production.
CREATE OR REPLACE FUNCTION project_figures_sync_projects() RETURNS trigger AS $$
DECLARE
  added projects[] := '{}';
  removed projects[] := '{}';
BEGIN
  -- Most updates (milestone dates, the team, the version) touch nothing counted: leave at once.
  -- (Nested: a condition is planned whole, and new_rows exists only for inserts and updates.)
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (
      SELECT 1 FROM new_rows n LEFT JOIN old_rows o ON o.id = n.id
      WHERE o.id IS NULL
        OR (n.zone_id, n.stage, n.park_id, n.created_by, n.contract_amount, n.signed_on, n.started_on, n.producing_on)
           IS DISTINCT FROM
           (o.zone_id, o.stage, o.park_id, o.created_by, o.contract_amount, o.signed_on, o.started_on, o.producing_on)
    ) THEN
      RETURN NULL;
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT coalesce(array_agg(n), '{}') INTO added FROM new_rows n;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT coalesce(array_agg(o), '{}') INTO removed FROM old_rows o;
  END IF;
  WITH changes AS (
    SELECT a.*, 1 AS sign FROM unnest(added) a
    UNION ALL
    SELECT r.*, -1 AS sign FROM unnest(removed) r
  ), funnel AS (
    INSERT INTO project_funnel_totals AS t (zone_id, step, park_id, officer_id, count, amount)
    SELECT c.zone_id, c.stage, c.park_id, c.created_by, sum(c.sign)::int, sum(c.sign * c.contract_amount)
    FROM changes c
    GROUP BY 1, 2, 3, 4
    HAVING sum(c.sign) <> 0 OR sum(c.sign * c.contract_amount) <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT ON CONSTRAINT project_funnel_totals_key
    DO UPDATE SET count = t.count + excluded.count, amount = t.amount + excluded.amount
  )
  INSERT INTO project_daily_figures AS t (zone_id, day, signed, contract_amount, large, started, producing)
  SELECT c.zone_id, f.day, sum(c.sign * f.signed)::int, sum(c.sign * f.amount), sum(c.sign * f.large)::int,
         sum(c.sign * f.started)::int, sum(c.sign * f.producing)::int
  FROM changes c
  CROSS JOIN LATERAL (VALUES
    (c.signed_on, 1, c.contract_amount, CASE WHEN c.contract_amount >= 10000 THEN 1 ELSE 0 END, 0, 0),
    (c.started_on, 0, 0, 0, 1, 0),
    (c.producing_on, 0, 0, 0, 0, 1)
  ) AS f(day, signed, amount, large, started, producing)
  WHERE f.day IS NOT NULL
  GROUP BY 1, 2
  HAVING sum(c.sign * f.signed) <> 0 OR sum(c.sign * f.amount) <> 0 OR sum(c.sign * f.large) <> 0
      OR sum(c.sign * f.started) <> 0 OR sum(c.sign * f.producing) <> 0
  ORDER BY 1, 2
  ON CONFLICT (zone_id, day) DO UPDATE SET
    signed = t.signed + excluded.signed,
    contract_amount = t.contract_amount + excluded.contract_amount,
    large = t.large + excluded.large,
    started = t.started + excluded.started,
    producing = t.producing + excluded.producing;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- A lead counts in the funnel while it is in the pipeline: not a later registration of a company
-- someone holds, and once signed only until its project exists (then the project counts).
CREATE OR REPLACE FUNCTION project_figures_sync_leads() RETURNS trigger AS $$
DECLARE
  added investment_leads[] := '{}';
  removed investment_leads[] := '{}';
BEGIN
  -- Most updates (contact, follow-up times, the version) touch nothing counted: leave at once.
  -- (Nested: a condition is planned whole, and new_rows exists only for inserts and updates.)
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (
      SELECT 1 FROM new_rows n LEFT JOIN old_rows o ON o.id = n.id
      WHERE o.id IS NULL
        OR (n.zone_id, n.status, n.park_id, n.owner_id, n.intended_investment, n.duplicate_of_id, n.project_id)
           IS DISTINCT FROM
           (o.zone_id, o.status, o.park_id, o.owner_id, o.intended_investment, o.duplicate_of_id, o.project_id)
    ) THEN
      RETURN NULL;
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT coalesce(array_agg(n), '{}') INTO added FROM new_rows n;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT coalesce(array_agg(o), '{}') INTO removed FROM old_rows o;
  END IF;
  INSERT INTO project_funnel_totals AS t (zone_id, step, park_id, officer_id, count, amount)
  SELECT c.zone_id, c.status, c.park_id, c.owner_id, sum(c.sign)::int, sum(c.sign * c.amount)
  FROM (
    SELECT a.*, coalesce(a.intended_investment, 0) AS amount, 1 AS sign FROM unnest(added) a
    UNION ALL
    SELECT r.*, coalesce(r.intended_investment, 0), -1 FROM unnest(removed) r
  ) c
  WHERE c.duplicate_of_id IS NULL
    AND (c.status IN ('lead', 'negotiating') OR (c.status = 'signed' AND c.project_id IS NULL))
  GROUP BY 1, 2, 3, 4
  HAVING sum(c.sign) <> 0 OR sum(c.sign * c.amount) <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ON CONSTRAINT project_funnel_totals_key
  DO UPDATE SET count = t.count + excluded.count, amount = t.amount + excluded.amount;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- 到位资金 counts on the day it was received.
CREATE OR REPLACE FUNCTION project_figures_sync_funds() RETURNS trigger AS $$
DECLARE
  added project_funds[] := '{}';
  removed project_funds[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT coalesce(array_agg(n), '{}') INTO added FROM new_rows n;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT coalesce(array_agg(o), '{}') INTO removed FROM old_rows o;
  END IF;
  INSERT INTO project_daily_figures AS t (zone_id, day, funds_amount)
  SELECT c.zone_id, c.received_on, sum(c.sign * c.amount)
  FROM (
    SELECT a.zone_id, a.received_on, a.amount, 1 AS sign FROM unnest(added) a
    UNION ALL
    SELECT r.zone_id, r.received_on, r.amount, -1 FROM unnest(removed) r
  ) c
  GROUP BY 1, 2
  HAVING sum(c.sign * c.amount) <> 0
  ORDER BY 1, 2
  ON CONFLICT (zone_id, day) DO UPDATE SET funds_amount = t.funds_amount + excluded.funds_amount;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER project_figures_on_insert
  AFTER INSERT ON projects REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_figures_sync_projects();
--> statement-breakpoint
CREATE TRIGGER project_figures_on_update
  AFTER UPDATE ON projects REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_figures_sync_projects();
--> statement-breakpoint
CREATE TRIGGER project_figures_on_delete
  AFTER DELETE ON projects REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_figures_sync_projects();
--> statement-breakpoint
CREATE TRIGGER project_figures_on_truncate
  AFTER TRUNCATE ON projects
  FOR EACH STATEMENT EXECUTE FUNCTION project_figures_on_truncate();
--> statement-breakpoint
CREATE TRIGGER project_figures_on_insert
  AFTER INSERT ON investment_leads REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_figures_sync_leads();
--> statement-breakpoint
CREATE TRIGGER project_figures_on_update
  AFTER UPDATE ON investment_leads REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_figures_sync_leads();
--> statement-breakpoint
CREATE TRIGGER project_figures_on_delete
  AFTER DELETE ON investment_leads REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_figures_sync_leads();
--> statement-breakpoint
CREATE TRIGGER project_figures_on_truncate
  AFTER TRUNCATE ON investment_leads
  FOR EACH STATEMENT EXECUTE FUNCTION project_figures_on_truncate();
--> statement-breakpoint
CREATE TRIGGER project_figures_on_insert
  AFTER INSERT ON project_funds REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_figures_sync_funds();
--> statement-breakpoint
CREATE TRIGGER project_figures_on_update
  AFTER UPDATE ON project_funds REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_figures_sync_funds();
--> statement-breakpoint
CREATE TRIGGER project_figures_on_delete
  AFTER DELETE ON project_funds REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_figures_sync_funds();
--> statement-breakpoint
CREATE TRIGGER project_figures_on_truncate
  AFTER TRUNCATE ON project_funds
  FOR EACH STATEMENT EXECUTE FUNCTION project_figures_on_truncate();
--> statement-breakpoint
-- The leads, projects and funds already recorded.
SELECT project_figures_recount();
