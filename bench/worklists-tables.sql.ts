// The seeding steps after bench_case (bench/worklists-cases.sql.ts): each fills one table of the
// schema from the staging rows with one INSERT … SELECT. Event ids are (case number − 1) × 8 + step,
// so a clock can name the event that started or closed it without a lookup.
import { CLOCK_GROUP } from '../src/domain/procedure/worklists.ts';

/** padStart(6, '0') as the app numbers things (lpad alone would cut a seventh digit off). */
const pad6 = (n: string) => `lpad(${n}::text, greatest(6, length(${n}::text)), '0')`;

/** The foreigner ID number for a serial, check digits included (src/domain/foreigner-id.ts). */
function foreignerId(n: string): string {
  const digit = (power: number) => `(${n} / ${10 ** power} % 10)`;
  const odd = `(9 + ${digit(6)} + ${digit(4)} + ${digit(2)} + ${digit(0)})`;
  const even = `(9 + ${digit(5)} + ${digit(3)} + ${digit(1)})`;
  const tenth = `(((7 * ${odd} - ${even}) % 10 + 10) % 10)`;
  return `'99' || lpad(${n}::text, 7, '0') || ${tenth} || ((${odd} + ${even} + ${tenth}) % 10)`;
}

/** The worklist group of a clock code, as the app writes it (domain/procedure/worklists.ts). */
const worklistOf = (code: string) =>
  `case ${code} ${Object.entries(CLOCK_GROUP)
    .map(([c, g]) => `when '${c}' then '${g}'`)
    .join(' ')} end`;

export function tableSteps(today: string): { label: string; sql: string }[] {
  const T = `date '${today}'`;
  const ev = (slot: string) => `(c.i - 1) * 8 + ${slot}`;
  // A last day that falls on a weekend moves to the Monday (the holiday calendar is left out).
  const workday = (d: string) =>
    `(${d} + case extract(isodow from ${d}) when 6 then 2 when 7 then 1 else 0 end)`;
  const plus = (amount: string) =>
    `(case r.unit when 'months' then (k.started + make_interval(months => ${amount}))::date
      when 'hours' then k.started + ceil(${amount} / 24.0)::int else k.started + ${amount} end)`;
  return [
    {
      label: 'members (staging)',
      sql: `create unlogged table bench_member as
        select c.i, n, gen_random_uuid() as person_id, nextval('foreigner_id_serial')::int as serial,
          case when n = 1 then c.male when n = 2 then not c.male else random() < 0.5 end as male,
          case when n <= 2 then c.d1 - (6570 + floor(random() * 14600)::int)
            else c.d1 - floor(random() * 6200)::int end as born,
          random() < 0.15 as year_only, random() as rg
        from bench_case c cross join lateral generate_series(1, c.members) as n`,
    },
    {
      label: 'person',
      sql: `insert into person (id, foreigner_id_number, given_name, family_name, sex, date_of_birth,
          date_of_birth_precision, nationality, languages, province_code, entry_type, entry_date, name_keys,
          search_text, registration_province_code, created_at, updated_at)
        select m.person_id, ${foreignerId('m.serial')}, g.name, f.name, case when m.male then 'male' else 'female' end,
          case when m.year_only then date_trunc('year', m.born)::date else m.born end,
          case when m.year_only then 'year' else 'day' end, c.nationality, c.languages, c.province,
          case when random() < 0.85 then 'irregular' else 'regular' end, c.d1 - floor(random() * 60)::int,
          g.keys || f.keys, g.folded || ' ' || f.folded, c.lodged_province, c.d1, c.last_on
        from bench_member m join bench_case c using (i)
        join bench_name g on g.kind = case when m.male then 'm' else 'f' end
          and g.idx = floor(m.rg * (select count(*) from bench_name where kind = 'm'))::int
        join bench_name f on f.kind = 'family'
          and f.idx = floor(c.r13 * (select count(*) from bench_name where kind = 'family'))::int`,
    },
    {
      label: 'person_specific_need',
      sql: `insert into person_specific_need (person_id, code, recorded_at)
        select m.person_id, (array['LFIP67-DISABLED', 'LFIP67-ELDERLY', 'LFIP67-PREGNANT', 'LFIP67-SINGLE_PARENT',
          'LFIP67-UNACCOMPANIED_MINOR', 'LFIP67-VIOLENCE_SURVIVOR'])[1 + floor(c.r16 * 6)::int], c.d1
        from bench_case c join bench_member m on m.i = c.i and m.n = 1 where c.vulnerable`,
    },
    {
      label: 'protection_case',
      sql: `insert into protection_case (id, reference, track, state, procedure, acceleration_ground,
          principal_person_id, province_code, lodged_province_code, lodged_on, lodged_via, registered_on, decision,
          decision_by, inadmissibility_ground, hq_notified, decided_on, notified_on, pending_appeal, interviews_held,
          missed_interviews_in_a_row, missed_reporting_in_a_row, delay_notice_served_on, reporting_interval_days,
          reporting_next_due, vulnerable, last_event_on, version, created_at, updated_at)
        select c.id, 'UK-' || to_char(c.d1, 'YYYY') || '-' || ${pad6('c.i')}, 'international_protection',
          c.state, case when c.acc then 'accelerated' else 'regular' end, c.acceleration_ground, m.person_id,
          c.province, c.lodged_province, c.d1, c.lodged_via, case when c.state <> 'referred' then c.d2 end,
          c.decision, case when c.decision is not null then 'authority' end, c.inadmissibility_ground, false,
          c.d6, c.d7, c.pending_appeal, case when c.d5 is not null then 1 else 0 end, c.missed_interviews,
          c.missed_reporting, c.delay_notice_served_on, c.interval_days, c.next_due, c.vulnerable, c.last_on,
          1 + (c.d2 is not null)::int + c.acc::int + (c.d4 is not null)::int + (c.d5 is not null)::int
            + (c.d6 is not null)::int + (c.d7 is not null)::int + (c.d8 is not null)::int, c.d1, c.last_on
        from bench_case c join bench_member m on m.i = c.i and m.n = 1`,
    },
    {
      label: 'case_member',
      sql: `insert into case_member (case_id, person_id, role, relationship, consent_given_on, open)
        select c.id, m.person_id, case when m.n = 1 then 'principal' else 'accompanying' end,
          case when m.n = 1 then 'principal' when m.n = 2 then 'spouse' else 'child' end,
          case when m.n > 1 and m.born <= c.d1 - 6570 then c.d1 end,
          c.state not in ('rejected_final', 'withdrawn')
        from bench_member m join bench_case c using (i)`,
    },
    {
      label: 'case_event',
      sql: `insert into case_event (id, case_id, action, occurred_on, recorded_at, state_before, state_after, details)
        overriding system value
        select ${ev('e.slot')}, c.id, e.action, e.on_, e.on_ + time '09:00' + random() * interval '8 hours',
          e.before, e.after, e.details
        from bench_case c cross join lateral (values
          (1, 'lodge', c.d1, null, 'lodged', jsonb_build_object('lodgedVia', c.lodged_via, 'members', c.members)),
          (2, case when c.state = 'referred' then 'refer_to_province' else 'register' end, c.d2, 'lodged',
            case when c.state = 'referred' then 'referred' else 'registered' end, '{}'::jsonb),
          (3, 'accelerate', case when c.acc then c.d2 end, 'registered', 'registered',
            jsonb_build_object('ground', c.acceleration_ground)),
          (4, 'schedule_interview', c.d4, 'registered', 'interview_scheduled', '{}'),
          (5, 'record_interview', c.d5, 'interview_scheduled', 'interviewed', '{}'),
          (6, 'decide', c.d6, 'interviewed', 'decided', jsonb_build_object('decision', c.decision, 'reasons',
            'The statements were examined against country-of-origin information (LFIP Art. 78).')),
          (7, 'serve_decision', c.d7, 'decided', case when c.state = 'protected' then 'protected' else 'notified' end,
            '{}'),
          (8, case c.state when 'under_appeal' then 'file_appeal' when 'rejected_final' then 'finalise'
            else 'withdraw' end, c.d8, case when c.state = 'withdrawn' then 'registered' else 'notified' end,
            c.state, case when c.state = 'under_appeal' then jsonb_build_object('body', c.pending_appeal)
            else '{}' end)
        ) as e(slot, action, on_, before, after, details)
        where e.on_ is not null`,
    },
    {
      label: 'case_clock',
      sql: `insert into case_clock (case_id, code, rule_id, started_on, started_by_event_id, nominal_last_day,
          last_day, protective_last_day, closed_on, closed_by_event_id, province_code, vulnerable, worklist)
        select c.id, k.code, r.rule_id, k.started, ${ev('k.slot')}, ${plus('r.amount')},
          ${workday(plus('r.amount'))}, ${workday(plus('r.protective'))}, k.closed,
          case when k.closed_slot is not null then ${ev('k.closed_slot')} end, c.province, c.vulnerable,
          ${worklistOf('k.code')}
        from bench_case c
        cross join lateral (select case when c.state = 'withdrawn' then c.d8 end as wd) w
        cross join lateral (select c.state in ('notified', 'under_appeal', 'rejected_final') as served,
          c.state in ('under_appeal', 'rejected_final') as left_window) s
        cross join lateral (values
          ('T1', case when c.state = 'referred' then c.d2 end, 2, null::date, null::int),
          ('T3', case when not c.acc and c.state not in ('lodged', 'referred') then c.d2 end, 2,
            coalesce(c.d5, w.wd), case when c.d5 is not null then 5 when w.wd is not null then 8 end),
          ('T5', case when c.state not in ('lodged', 'referred') then c.d2 end, 2,
            coalesce(c.d6, w.wd), case when c.d6 is not null then 6 when w.wd is not null then 8 end),
          ('T6-interview', case when c.acc then c.d1 end, 3,
            coalesce(c.d5, w.wd), case when c.d5 is not null then 5 when w.wd is not null then 8 end),
          ('T6-decision', case when c.acc then c.d5 end, 5, c.d6, case when c.d6 is not null then 6 end),
          ('T7', case when c.state = 'decided' and c.inadmissibility_ground in ('a', 'b') then c.d6 end, 6,
            null, null),
          ('T9-appeal', case when s.served and c.decision = 'rejected' and not c.acc then c.d7 end, 7,
            case when s.left_window then c.d8 end, case when s.left_window then 8 end),
          ('T10', case when s.served and c.decision = 'rejected' and not c.acc then c.d7 end, 7,
            case when s.left_window then c.d8 end, case when s.left_window then 8 end),
          ('T11-appeal', case when s.served and c.acc then c.d7 end, 7,
            case when s.left_window then c.d8 end, case when s.left_window then 8 end),
          ('T11-inadmissible', case when s.served and c.decision = 'inadmissible' then c.d7 end, 7,
            case when s.left_window then c.d8 end, case when s.left_window then 8 end),
          ('T9-decision', case when c.pending_appeal = 'ipec' then c.d8 end, 8, null, null),
          ('T11-decision', case when c.pending_appeal = 'administrative_court' then c.d8 end, 8, null, null)
        ) as k(code, started, slot, closed, closed_slot)
        join bench_rule r on r.code = k.code
        where k.started is not null`,
    },
    {
      label: 'interview',
      sql: `insert into interview (case_id, scheduled_at, location, interpreter_language, status, held_on, record,
          created_at)
        select c.id, coalesce(c.d5, c.d4 + 7 + floor(random() * 60)::int) + time '10:00',
          'İl Göç İdaresi Müdürlüğü, görüşme odası ' || (1 + c.i % 6), c.languages[1],
          case when c.d5 is not null then 'held' else 'scheduled' end, c.d5,
          case when c.d5 is not null then repeat('The applicant described the journey and the reasons for '
            || 'leaving in detail; the interpreter confirmed understanding. ', 12) end, c.d4
        from bench_case c where c.d4 is not null`,
    },
    {
      label: 'reporting_check',
      sql: `insert into reporting_check (case_id, due_on, attended, recorded_at)
        select c.id, c.next_due - k * c.interval_days, k > c.missed_reporting, c.next_due - k * c.interval_days
        from bench_case c cross join generate_series(1, 4) as k
        where c.interval_days is not null and c.next_due - k * c.interval_days >= c.d2`,
    },
    {
      label: 'decision_letter',
      sql: `insert into decision_letter (case_id, event_id, language, decision, last_day, html, created_at)
        select c.id, ${ev('7')}, l.language, c.decision,
          case when c.decision in ('rejected', 'inadmissible') then
            c.d7 + case when c.acc or c.decision = 'inadmissible' then 15 else 10 end end,
          replace(replace(replace(t.html, '@@REF@@', 'UK-' || to_char(c.d1, 'YYYY') || '-' || ${pad6('c.i')}),
            '@@NAME@@', p.given_name || ' ' || p.family_name), '@@ID@@', p.foreigner_id_number), c.d7
        from bench_case c join bench_member m on m.i = c.i and m.n = 1 join person p on p.id = m.person_id
        cross join lateral (values ('tr'), (c.letter_lang)) as l(language)
        join bench_letter t on t.language = l.language and t.decision = c.decision
        where c.d7 is not null`,
    },
    {
      label: 'identity_document',
      sql: `insert into identity_document (person_id, type, number, issued_on, expires_on, status, validity_rule_id,
          renewals, province_code, created_at, updated_at)
        select m.person_id, d.type, d.prefix || '-' || to_char(d.issued, 'YYYY') || '-'
            || ${pad6('d.serial')}, d.issued,
          (d.issued + case d.type when 'registration_document' then interval '30 days'
            when 'status_holder_id' then interval '12 months' else interval '6 months' end)::date,
          case when c.state in ('rejected_final', 'withdrawn') then 'revoked' else 'valid' end, d.rule,
          greatest(0, (d.issued - c.d2) / 182), c.province, d.issued, d.issued
        from bench_member m join bench_case c using (i)
        cross join lateral (select case when c.state in ('lodged', 'referred') then 'registration_document'
          when c.state = 'protected' then 'status_holder_id' else 'ip_applicant_id' end as type) t
        -- naming m.n makes this run once per member: one serial (and one issue date) each
        cross join lateral (select t.type, m.n, nextval('document_serial') as serial,
          case t.type when 'registration_document' then 'KB' when 'status_holder_id' then 'UKS' else 'UKB' end as prefix,
          case t.type when 'registration_document' then 'registration-30d-2014'
            when 'status_holder_id' then 'status-holder-12m-2019' else 'ip-applicant-6m-2019' end as rule,
          case when t.type = 'registration_document' then c.d1
            when t.type = 'status_holder_id' then greatest(c.d7, ${T} - floor(random() * 390)::int)
            when c.state in ('rejected_final', 'withdrawn') then greatest(c.d2, c.d8 - 150)
            -- renewed every six months; some renewals are late, so the document has lapsed
            else greatest(c.d2, ${T} - floor(random() * 200)::int) end as issued) d
        where random() < 0.85`,
    },
  ];
}
