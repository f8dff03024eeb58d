-- A notification may have no message (POST /notify takes any JSON object, issue 12).
-- SQLite cannot drop NOT NULL in place, so the text moves to a new nullable column, the old column is
-- dropped and the new one takes its name. The table itself is never dropped or rebuilt by hand: dropping
-- it would delete every row of notification_extras through its ON DELETE CASCADE foreign key, and a new
-- table would lose the AUTOINCREMENT high-water mark in sqlite_sequence. Seqs (the rowids) stay as they are.
ALTER TABLE notifications ADD COLUMN message_optional TEXT;
UPDATE notifications SET message_optional = message;
ALTER TABLE notifications DROP COLUMN message;
ALTER TABLE notifications RENAME COLUMN message_optional TO message;
