CREATE TABLE "appeal_handling_buckets" (
	"zone_id" uuid NOT NULL,
	"month" text NOT NULL,
	"department_id" uuid,
	"bucket" smallint NOT NULL,
	"appeals" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "appeal_handling_buckets_key" UNIQUE NULLS NOT DISTINCT("zone_id","month","department_id","bucket")
);
--> statement-breakpoint
CREATE TABLE "appeal_keyword_counts" (
	"zone_id" uuid NOT NULL,
	"month" text NOT NULL,
	"category_id" uuid NOT NULL,
	"keyword" text NOT NULL,
	"appeals" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "appeal_keyword_counts_zone_id_month_category_id_keyword_pk" PRIMARY KEY("zone_id","month","category_id","keyword")
);
--> statement-breakpoint
CREATE TABLE "appeal_month_summaries" (
	"zone_id" uuid NOT NULL,
	"month" text NOT NULL,
	"category_id" uuid NOT NULL,
	"department_id" uuid,
	"appeals" integer DEFAULT 0 NOT NULL,
	"resolved" integer DEFAULT 0 NOT NULL,
	"on_time" integer DEFAULT 0 NOT NULL,
	"reopened" integer DEFAULT 0 NOT NULL,
	"rated_1" integer DEFAULT 0 NOT NULL,
	"rated_2" integer DEFAULT 0 NOT NULL,
	"rated_3" integer DEFAULT 0 NOT NULL,
	"rated_4" integer DEFAULT 0 NOT NULL,
	"rated_5" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "appeal_month_summaries_key" UNIQUE NULLS NOT DISTINCT("zone_id","month","category_id","department_id")
);
--> statement-breakpoint
ALTER TABLE "appeal_handling_buckets" ADD CONSTRAINT "appeal_handling_buckets_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_keyword_counts" ADD CONSTRAINT "appeal_keyword_counts_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_month_summaries" ADD CONSTRAINT "appeal_month_summaries_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The month of submission in China time (UTC+8 all year), as the statistics name months.
CREATE FUNCTION appeal_month(submitted timestamptz) RETURNS text LANGUAGE sql STABLE AS
$$ SELECT to_char(submitted AT TIME ZONE 'UTC' + interval '8 hours', 'YYYY-MM') $$;
--> statement-breakpoint
-- Must place a time in the same bucket as `handlingBucket` in domain (appeals/handling-time.ts):
-- 10 minutes up to 72 h, hourly up to 14 days, daily up to 365 days, then one open bucket.
CREATE FUNCTION appeal_handling_bucket(net_seconds double precision) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
  SELECT (CASE
    WHEN m < 4320 THEN floor(m / 10)
    WHEN m < 20160 THEN 432 + floor((m - 4320) / 60)
    WHEN m < 525600 THEN 696 + floor((m - 20160) / 1440)
    ELSE 1047 END)::smallint
  FROM (SELECT floor(greatest(net_seconds, 0) / 60) AS m) AS minutes
$$;
--> statement-breakpoint
-- The statements that add a set of signed appeal rows (1 added, -1 taken away) to the three
-- summary tables. `changes` is a query over appeals' columns plus `sign`. Rows whose difference
-- nets to zero (most updates: a step that changes no counted column) write nothing.
CREATE FUNCTION appeal_statistics_statements(changes text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY[
    format($q$
      INSERT INTO appeal_month_summaries AS s (zone_id, month, category_id, department_id, appeals, resolved,
        on_time, reopened, rated_1, rated_2, rated_3, rated_4, rated_5)
      SELECT * FROM (
        SELECT zone_id, appeal_month(submitted_at) AS month, category_id, lead_department_id, sum(sign) AS appeals,
          sum(CASE WHEN resolved_at IS NOT NULL THEN sign ELSE 0 END) AS resolved,
          sum(CASE WHEN resolved_at IS NOT NULL AND missed_deadlines = 0 THEN sign ELSE 0 END) AS on_time,
          sum(CASE WHEN reopen_count > 0 THEN sign ELSE 0 END) AS reopened,
          sum(CASE WHEN rating = 1 THEN sign ELSE 0 END) AS rated_1, sum(CASE WHEN rating = 2 THEN sign ELSE 0 END) AS rated_2,
          sum(CASE WHEN rating = 3 THEN sign ELSE 0 END) AS rated_3, sum(CASE WHEN rating = 4 THEN sign ELSE 0 END) AS rated_4,
          sum(CASE WHEN rating = 5 THEN sign ELSE 0 END) AS rated_5
        FROM (%1$s) AS c
        GROUP BY 1, 2, 3, 4
      ) AS d
      WHERE (appeals, resolved, on_time, reopened, rated_1, rated_2, rated_3, rated_4, rated_5) <> (0, 0, 0, 0, 0, 0, 0, 0, 0)
      ORDER BY 1, 2, 3, 4
      ON CONFLICT ON CONSTRAINT appeal_month_summaries_key DO UPDATE SET
        appeals = s.appeals + excluded.appeals, resolved = s.resolved + excluded.resolved,
        on_time = s.on_time + excluded.on_time, reopened = s.reopened + excluded.reopened,
        rated_1 = s.rated_1 + excluded.rated_1, rated_2 = s.rated_2 + excluded.rated_2,
        rated_3 = s.rated_3 + excluded.rated_3, rated_4 = s.rated_4 + excluded.rated_4,
        rated_5 = s.rated_5 + excluded.rated_5
    $q$, changes),
    format($q$
      INSERT INTO appeal_handling_buckets AS s (zone_id, month, department_id, bucket, appeals)
      SELECT zone_id, appeal_month(submitted_at), lead_department_id,
        appeal_handling_bucket(extract(epoch FROM resolved_at - submitted_at) - paused_total_ms / 1000.0), sum(sign)
      FROM (%1$s) AS c
      WHERE resolved_at IS NOT NULL
      GROUP BY 1, 2, 3, 4
      HAVING sum(sign) <> 0
      ORDER BY 1, 2, 3, 4
      ON CONFLICT ON CONSTRAINT appeal_handling_buckets_key DO UPDATE SET appeals = s.appeals + excluded.appeals
    $q$, changes),
    format($q$
      INSERT INTO appeal_keyword_counts AS s (zone_id, month, category_id, keyword, appeals)
      SELECT zone_id, appeal_month(submitted_at), category_id, k.keyword, sum(sign)
      FROM (%1$s) AS c CROSS JOIN LATERAL unnest(c.keywords) AS k(keyword)
      GROUP BY 1, 2, 3, 4
      HAVING sum(sign) <> 0
      ORDER BY 1, 2, 3, 4
      ON CONFLICT (zone_id, month, category_id, keyword) DO UPDATE SET appeals = s.appeals + excluded.appeals
    $q$, changes)
  ]
$$;
--> statement-breakpoint
-- Statement triggers: a bulk load or a restore adds its rows in three statements, not per row.
CREATE FUNCTION appeal_statistics_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  counted constant text := 'zone_id, submitted_at, category_id, lead_department_id, resolved_at, missed_deadlines, reopen_count, rating, paused_total_ms, keywords';
  changes text;
  statement text;
BEGIN
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
--> statement-breakpoint
CREATE TRIGGER appeal_statistics_insert AFTER INSERT ON appeals
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_statistics_sync();
--> statement-breakpoint
CREATE TRIGGER appeal_statistics_update AFTER UPDATE ON appeals
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_statistics_sync();
--> statement-breakpoint
CREATE TRIGGER appeal_statistics_delete AFTER DELETE ON appeals
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION appeal_statistics_sync();
--> statement-breakpoint
-- The appeals already there.
DO $$
DECLARE statement text;
BEGIN
  FOREACH statement IN ARRAY appeal_statistics_statements(
    'SELECT zone_id, submitted_at, category_id, lead_department_id, resolved_at, missed_deadlines, reopen_count, rating, paused_total_ms, keywords, 1 AS sign FROM appeals'
  ) LOOP
    EXECUTE statement;
  END LOOP;
END
$$;
