-- Schema 20: each account as a login role of the server, and the server's
-- row-level security (postgresql/0020_server_roles.sql). A file has one
-- user at a time, checked by the program (accounts/Access.h): nothing
-- changes here; the step exists so that both backends count the same
-- schema versions.
SELECT 1;
