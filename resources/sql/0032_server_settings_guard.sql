-- Schema 32: on a server, the shop's lists, fields, pipelines, rules,
-- templates and shared settings change only with the capability for them
-- (postgresql/0032_server_settings_guard.sql). A file has one user at a
-- time, checked by the program (accounts/Access.h): nothing changes here; the
-- step exists so that both backends count the same schema versions.
SELECT 1;
