-- Schema 33: on a server the duplicate warning asks whose client holds a
-- phone, e-mail or tax ID through a function, since row-level security hides
-- a colleague's clients (postgresql/0033_duplicates_under_reach.sql). A file
-- has no such limit: the program reads them and names only the manager
-- (clients/ClientRepository.cpp findDuplicates). Nothing changes here; the
-- step exists so that both backends count the same schema versions.
SELECT 1;
