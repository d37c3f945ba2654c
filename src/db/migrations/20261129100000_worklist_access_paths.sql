-- Access paths for the worklists and the case page, measured with bench/worklists.ts on
-- 1,000,000 applications (PostgreSQL 15): a worklist that spans several clock codes could not
-- be read in order from (province, code, …) and sorted every open clock of the province
-- (~200 ms p95); the case page scanned decision_letter and case_member whole (~300 ms p95).

-- Each clock belongs to one worklist group (domain/procedure/worklists.ts, CLOCK_GROUP), so a
-- list is one ordered range of one index. The update fills the group of clocks written before.
alter table case_clock add column worklist text;
update case_clock set worklist = case
  when code in ('T3', 'T6-interview') then 'interviews'
  when code in ('T5', 'T6-decision') then 'decisions'
  when code in ('T9-appeal', 'T10', 'T10-other', 'T11-appeal', 'T11-inadmissible', 'T10-onward') then 'appeal_windows'
  when code in ('T9-decision', 'T11-decision') then 'appeal_decisions'
  when code = 'T7' then 'hq_notifications'
  when code = 'T1' then 'satellite_arrivals'
  else 'none' end;
alter table case_clock alter column worklist set not null;
drop index case_clock_worklist;
create index case_clock_worklist on case_clock (province_code, worklist, vulnerable desc, last_day, id)
  where closed_on is null;

-- The case page: a case's letters, and every case of its members (the removal guard).
create index decision_letter_case on decision_letter (case_id);
create index case_member_person on case_member (person_id);

-- Case-based worklists, each in the order it is read: vulnerable first, then the day, then id.
drop index protection_case_state;
create index protection_case_state on protection_case (province_code, state, vulnerable desc, last_event_on, id);
drop index protection_case_missed;
create index protection_case_implicit_withdrawal on protection_case (province_code, vulnerable desc, last_event_on, id)
  where missed_interviews_in_a_row >= 3 or missed_reporting_in_a_row >= 3;
drop index protection_case_reporting;
create index protection_case_reporting_due on protection_case (province_code, vulnerable desc, reporting_next_due, id)
  where reporting_next_due is not null;
-- Missed last time, next day still to come: few per province, read by day and sorted.
create index protection_case_reporting_missed on protection_case (province_code, reporting_next_due)
  where missed_reporting_in_a_row > 0;

-- Documents expiring, read in order of expiry within the directorate.
drop index identity_document_expiring;
create index identity_document_expiring on identity_document (province_code, expires_on, id) where status = 'valid';
