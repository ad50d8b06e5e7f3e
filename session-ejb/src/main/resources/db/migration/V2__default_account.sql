-- Every request acts as this account until authentication lands; later it stays the embedded default's
-- first account. A fixed id keeps it the same on every installation.
insert into accounts (id, name, display_name, created_at)
values ('00000000-0000-7000-8000-000000000001', 'default', 'Default account', current_timestamp);
