-- Search as citizens type (issue #13): every word of the query, in any order, with punctuation and diacritics ignored.
-- The search text becomes the code and name folded (lower case, no diacritics) with every run of punctuation turned
-- into one space and a space at both ends, so "hội nghị, hội thảo quốc tế" is ' hoi nghi hoi thao quoc te ' and each
-- typed word is matched as the start of a word (like '% hoi%') on the same trigram index. A trigger keeps it in step
-- with the code and name whoever writes the row.
create or replace function f_search_text(code text, name text) returns text
    language sql immutable parallel safe strict
as $$ select ' ' || btrim(regexp_replace(f_unaccent(lower(code || ' ' || name)), '[^a-z0-9.]+|\.(?![0-9])', ' ', 'g')) || ' ' $$;

create or replace function procedure_version_search_text() returns trigger
    language plpgsql
as $$
begin
    new.search_text := f_search_text((select p.code from procedure p where p.id = new.procedure_id), new.name);
    return new;
end
$$;

create trigger procedure_version_search_text_trg
    before insert or update of name, procedure_id on procedure_version
    for each row execute function procedure_version_search_text();

update procedure_version v set search_text = f_search_text(p.code, v.name)
from procedure p
where p.id = v.procedure_id;
