-- Trigram indexes back the Chinese and pinyin search of enterprises (needs a UTF-8 ctype on PostgreSQL).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
