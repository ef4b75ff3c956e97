-- Schema 21: a step of the server alone (postgresql/0021_server_search_pages.sql
-- gives its search a page at a time in the list's order). A file's search
-- indexes already do that (0013_search_name_order.sql). Nothing changes here;
-- the step exists so that both backends count the same schema versions.
SELECT 1;
