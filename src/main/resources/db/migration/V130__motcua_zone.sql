-- The one time zone of every business date and of every date a person reads, for SQL (issue #16, item 5):
-- queries write "x at time zone motcua_zone()" instead of repeating the zone's name. The same zone as
-- vn.motcua.shared.VietnamTime.ZONE; VietnamTimeTests checks that the two agree. Immutable, so PostgreSQL inlines it.
create or replace function motcua_zone() returns text
    language sql immutable parallel safe
as $$ select 'Asia/Ho_Chi_Minh'::text $$;
