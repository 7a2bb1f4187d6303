DROP INDEX "appeals_open_deadline";--> statement-breakpoint
CREATE INDEX "appeal_events_actor" ON "appeal_events" USING btree ("actor_id","appeal_id");--> statement-breakpoint
CREATE INDEX "appeals_open_deadline" ON "appeals" USING btree ("deadline_at") WHERE "appeals"."deadline_at" is not null and "appeals"."paused_since" is null and "appeals"."escalation" < 2;