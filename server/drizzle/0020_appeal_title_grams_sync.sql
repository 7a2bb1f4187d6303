-- appeals.title_grams holds every character and every pair of adjacent characters of lower(title),
-- the same lower() ILIKE applies, so a 1- or 2-character text is in a title exactly when it is among
-- them. A trigger keeps it so for every write (the service, the seeds, a restore), whatever the
-- writer put there. Pieces may repeat: GIN keeps each once, and skipping the check is cheaper.
CREATE OR REPLACE FUNCTION appeal_title_grams(title text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  chars text[] := string_to_array(lower(title), NULL);
  grams text[] := chars;
BEGIN
  FOR i IN 1 .. cardinality(chars) - 1 LOOP
    grams := grams || (chars[i] || chars[i + 1]);
  END LOOP;
  RETURN grams;
END;
$$;
--> statement-breakpoint
-- What a searched text needs among a title's pieces: its one character, or all its pairs. Being
-- immutable, the planner computes it once and estimates the GIN lookup from the actual pieces.
CREATE OR REPLACE FUNCTION appeal_title_search_grams(term text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  chars text[] := string_to_array(lower(term), NULL);
  grams text[] := '{}';
BEGIN
  IF cardinality(chars) = 1 THEN
    RETURN chars;
  END IF;
  FOR i IN 1 .. cardinality(chars) - 1 LOOP
    grams := grams || (chars[i] || chars[i + 1]);
  END LOOP;
  RETURN grams;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION appeal_title_grams_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.title_grams := appeal_title_grams(NEW.title);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- The appeals already recorded.
UPDATE appeals SET title_grams = appeal_title_grams(title);
--> statement-breakpoint
CREATE TRIGGER appeal_title_grams_on_insert
  BEFORE INSERT ON appeals
  FOR EACH ROW EXECUTE FUNCTION appeal_title_grams_sync();
--> statement-breakpoint
-- Other updates (every workflow step) do not call it at all.
CREATE TRIGGER appeal_title_grams_on_update
  BEFORE UPDATE OF title, title_grams ON appeals
  FOR EACH ROW
  WHEN (NEW.title IS DISTINCT FROM OLD.title OR NEW.title_grams IS DISTINCT FROM OLD.title_grams)
  EXECUTE FUNCTION appeal_title_grams_sync();
