-- The head of the audit chain in a row of its own. Appending locks this row (instead of an
-- advisory lock plus a read of the last event: one statement fewer in every use case), and
-- `koruma audit verify` compares the chain's end with it, so cutting events off the end of
-- the trail no longer goes unnoticed.
create table audit_head (
  id integer primary key check (id = 1),
  seq bigint not null,
  hash text not null
);

insert into audit_head (id, seq, hash)
select 1, coalesce(max(seq), 0),
       coalesce((select hash from audit_event order by seq desc limit 1), repeat('0', 64))
from audit_event;

create function audit_head_only_forward() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' or new.seq < old.seq then
    raise exception 'audit_head only moves forward: % refused', tg_op using errcode = 'insufficient_privilege';
  end if;
  return new;
end $$;
create trigger audit_head_forward before update or delete on audit_head
  for each row execute function audit_head_only_forward();
create trigger audit_head_no_truncate before truncate on audit_head
  for each statement execute function audit_event_is_append_only();
