-- Sign-in, registration and the sign-in throttle compare e-mail addresses in the application's one canonical form
-- (trimmed, Unicode NFC, lower case). The accent- and case-insensitive collation let "léa@exámple.net" reach the
-- account of "lea@example.net" under a throttle counter of its own: addresses are now compared byte for byte.
ALTER TABLE user_account MODIFY email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
