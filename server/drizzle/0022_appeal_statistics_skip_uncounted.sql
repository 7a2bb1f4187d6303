-- Most updates of an appeal (a workflow step, an escalation, a title edit) change no column the
-- statistics count. Such a statement now returns after one cheap comparison instead of planning
-- and running the three summary statements only for their differences to net to zero.
CREATE OR REPLACE FUNCTION appeal_statistics_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  counted constant text := 'zone_id, submitted_at, category_id, lead_department_id, resolved_at, missed_deadlines, reopen_count, rating, paused_total_ms, keywords';
  changes text;
  statement text;
BEGIN
  -- Nested, not AND-ed: an insert's or delete's trigger has no old_rows or new_rows to plan against.
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (
      SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.zone_id, o.submitted_at, o.category_id, o.lead_department_id, o.resolved_at, o.missed_deadlines,
             o.reopen_count, o.rating, o.paused_total_ms, o.keywords)
        IS DISTINCT FROM
            (n.zone_id, n.submitted_at, n.category_id, n.lead_department_id, n.resolved_at, n.missed_deadlines,
             n.reopen_count, n.rating, n.paused_total_ms, n.keywords)
    ) THEN
      RETURN NULL;
    END IF;
  END IF;
  changes := CASE TG_OP
    WHEN 'INSERT' THEN format('SELECT %s, 1 AS sign FROM new_rows', counted)
    WHEN 'DELETE' THEN format('SELECT %s, -1 AS sign FROM old_rows', counted)
    ELSE format('SELECT %1$s, -1 AS sign FROM old_rows UNION ALL SELECT %1$s, 1 AS sign FROM new_rows', counted)
  END;
  FOREACH statement IN ARRAY appeal_statistics_statements(changes) LOOP
    EXECUTE statement;
  END LOOP;
  RETURN NULL;
END
$$;
