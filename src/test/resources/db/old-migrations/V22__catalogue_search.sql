-- Public search over a national-size catalogue: each procedure's latest version is flagged, and carries its search
-- text (code and name, lower case, without diacritics), so the search reads one trigram index and the Vietnamese
-- ordering one b-tree, both limited to latest versions.
alter table procedure_version
    add column latest      boolean not null default false,
    add column search_text text;

update procedure_version v
set latest = not exists (select 1 from procedure_version x where x.procedure_id = v.procedure_id and x.version > v.version),
    search_text = f_unaccent(lower(p.code || ' ' || v.name))
from procedure p
where p.id = v.procedure_id;

alter table procedure_version alter column search_text set not null;

create unique index procedure_version_one_latest_uk on procedure_version (procedure_id) where latest;
create index procedure_version_search_trgm_idx on procedure_version using gin (search_text gin_trgm_ops) where latest;
create index procedure_version_latest_name_idx on procedure_version ((name collate "vi-x-icu"), procedure_id) where latest;
drop index procedure_version_name_vi_idx;
