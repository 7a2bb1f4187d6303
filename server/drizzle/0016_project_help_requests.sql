CREATE TABLE "appeal_calendar_days" (
	"zone_id" uuid NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"name" text,
	CONSTRAINT "appeal_calendar_days_zone_id_date_pk" PRIMARY KEY("zone_id","date")
);
--> statement-breakpoint
CREATE TABLE "appeal_calendar_years" (
	"zone_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "appeal_calendar_years_zone_id_year_pk" PRIMARY KEY("zone_id","year")
);
--> statement-breakpoint
ALTER TABLE "inbox_messages" ADD COLUMN "project_id" uuid;--> statement-breakpoint
ALTER TABLE "project_reports" ADD COLUMN "help_answer" text;--> statement-breakpoint
ALTER TABLE "project_reports" ADD COLUMN "help_answered_by_id" uuid;--> statement-breakpoint
ALTER TABLE "project_reports" ADD COLUMN "help_answered_by_name" text;--> statement-breakpoint
ALTER TABLE "project_reports" ADD COLUMN "help_answered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "appeal_calendar_days" ADD CONSTRAINT "appeal_calendar_days_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_calendar_years" ADD CONSTRAINT "appeal_calendar_years_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_messages" ADD CONSTRAINT "inbox_messages_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_reports" ADD CONSTRAINT "project_reports_help_answered_by_id_users_id_fk" FOREIGN KEY ("help_answered_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;