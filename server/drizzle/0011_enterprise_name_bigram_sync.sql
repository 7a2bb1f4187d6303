-- enterprise_name_bigrams is `name_bigrams` unnested (see the schema). These triggers keep it so for
-- every write to enterprises, whatever makes it (the service, the import, the seeds, a restore), one
-- statement at a time through its transition tables rather than one call per row.
CREATE OR REPLACE FUNCTION enterprise_name_bigrams_sync() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO enterprise_name_bigrams (zone_id, bigram, enterprise_id)
    SELECT DISTINCT n.zone_id, b.bigram, n.id
    FROM new_rows n CROSS JOIN LATERAL unnest(n.name_bigrams) AS b(bigram)
    WHERE b.bigram IS NOT NULL;
  ELSIF TG_OP = 'UPDATE' THEN
    -- Only enterprises whose bigrams or zone changed: most updates (liaison, figures) touch neither.
    DELETE FROM enterprise_name_bigrams p
    USING old_rows o
    WHERE p.enterprise_id = o.id
      AND NOT EXISTS (
        SELECT 1 FROM new_rows n
        WHERE n.id = o.id AND n.zone_id = o.zone_id AND n.name_bigrams = o.name_bigrams
      );
    INSERT INTO enterprise_name_bigrams (zone_id, bigram, enterprise_id)
    SELECT DISTINCT n.zone_id, b.bigram, n.id
    FROM new_rows n CROSS JOIN LATERAL unnest(n.name_bigrams) AS b(bigram)
    WHERE b.bigram IS NOT NULL
      AND NOT EXISTS (
        SELECT 1 FROM old_rows o
        WHERE o.id = n.id AND o.zone_id = n.zone_id AND o.name_bigrams = n.name_bigrams
      );
  ELSIF TG_OP = 'DELETE' THEN
    DELETE FROM enterprise_name_bigrams p USING old_rows o WHERE p.enterprise_id = o.id;
  ELSIF TG_OP = 'TRUNCATE' THEN
    TRUNCATE enterprise_name_bigrams;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER enterprise_name_bigrams_on_insert
  AFTER INSERT ON enterprises REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_name_bigrams_sync();
--> statement-breakpoint
CREATE TRIGGER enterprise_name_bigrams_on_update
  AFTER UPDATE ON enterprises REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_name_bigrams_sync();
--> statement-breakpoint
CREATE TRIGGER enterprise_name_bigrams_on_delete
  AFTER DELETE ON enterprises REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_name_bigrams_sync();
--> statement-breakpoint
CREATE TRIGGER enterprise_name_bigrams_on_truncate
  AFTER TRUNCATE ON enterprises
  FOR EACH STATEMENT EXECUTE FUNCTION enterprise_name_bigrams_sync();
--> statement-breakpoint
-- The enterprises already recorded.
INSERT INTO enterprise_name_bigrams (zone_id, bigram, enterprise_id)
SELECT DISTINCT e.zone_id, b.bigram, e.id
FROM enterprises e CROSS JOIN LATERAL unnest(e.name_bigrams) AS b(bigram)
WHERE b.bigram IS NOT NULL;
