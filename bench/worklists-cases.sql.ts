// The first seeding step of bench/worklists.ts: one staging row per application, with its state,
// the dates of every event on its path and the facts derived from them. Every later table
// (person, protection_case, case_event, case_clock…) is an INSERT … SELECT from this one, so the
// tables agree with each other. Values are inlined: they come from the program, never from input.

/** Applications by state: most wait for years before an interview or a decision. */
export const STATE_MIX: readonly (readonly [string, number])[] = [
  ['lodged', 0.005],
  ['referred', 0.01],
  ['registered', 0.37],
  ['interview_scheduled', 0.12],
  ['interviewed', 0.2],
  ['decided', 0.02],
  ['notified', 0.03],
  ['under_appeal', 0.03],
  ['protected', 0.1],
  ['rejected_final', 0.06],
  ['withdrawn', 0.055],
];

/** Nationality, share, spoken languages, the language of the second letter copy. */
const NATIONALITIES: readonly (readonly [string, number, string, string])[] = [
  ['AFG', 0.4, '{prs,ps}', 'fa'],
  ['IRQ', 0.3, '{ar}', 'ar'],
  ['IRN', 0.14, '{fa}', 'fa'],
  ['SYR', 0.04, '{ar}', 'ar'],
  ['SOM', 0.03, '{so}', 'en'],
  ['PAK', 0.03, '{ur}', 'en'],
  ['UZB', 0.03, '{uz}', 'en'],
  ['TKM', 0.03, '{tk}', 'en'],
];

/** `case when r < 0.1 then 'a' when … end` over cumulative shares. */
function pick(r: string, shares: readonly (readonly [string, number])[]): string {
  let acc = 0;
  const arms = shares.map(([value, share], k) => {
    acc += share;
    return k === shares.length - 1 ? `else ${value}` : `when ${r} < ${acc.toFixed(4)} then ${value}`;
  });
  return `case ${arms.join(' ')} end`;
}
const q = (s: string) => `'${s}'`;

export function bulkCasesSql(count: number, today: string, provincePool: readonly string[]): string {
  const pool = `'{${provincePool.join(',')}}'::text[]`;
  const fromPool = (r: string) => `(${pool})[1 + floor(${r} * ${provincePool.length})::int]`;
  const nat = (k: 0 | 2 | 3) =>
    pick(
      'r14',
      NATIONALITIES.map((n) => [q(n[k]), n[1]] as const),
    );
  const T = `date '${today}'`;
  // Nothing before the law came into force (greatest() would also turn a missing date into one).
  const clamp = (d: string) => `case when ${d} is not null then greatest(${d}, date '2014-04-11') end`;
  return `
create unlogged table bench_case as
with b as (
  select i, gen_random_uuid() as id, ${fromPool('random()')} as province,
    random() as r_state, random() < 0.05 as acc0, random() < 0.10 as vulnerable, random() as rm,
    random() as r1, random() as r2, random() as r3, random() as r4, random() as r5, random() as r6,
    random() as r7, random() as r8, random() as r9, random() as r10, random() as r11, random() as r12,
    random() as r13, random() as r14, random() as r15, random() as r16
  from generate_series(1, ${count}) as i
), s as (
  select b.*, x.state, acc0 and x.state not in ('lodged', 'referred') as acc
  from b cross join lateral (select ${pick(
    'r_state',
    STATE_MIX.map(([s, share]) => [q(s), share] as const),
  )} as state) x
), t as (
  select s.*,
    -- how long ago the latest event was; accelerated cases move ten times faster
    ${T} - floor(case state
      when 'lodged' then r1 * 4 when 'referred' then r1 * 30
      when 'registered' then power(r1, 1.3) * 2600 when 'interview_scheduled' then r1 * 90
      when 'interviewed' then power(r1, 1.2) * 1800 when 'decided' then r1 * 45
      when 'notified' then power(r1, 2) * 400 when 'under_appeal' then r1 * 200
      else r1 * 2500 end * case when acc then 0.1 else 1 end)::int as last_on,
    -- the days between one step and the next
    floor(r2 * 30)::int as g_reg,
    floor(power(r3, 1.2) * 1500 * case when acc then 0.02 else 1 end)::int as g_sched,
    7 + floor(r4 * 80)::int as g_int,
    floor(power(r5, 1.2) * 900 * case when acc then 0.005 else 1 end)::int as g_dec,
    1 + floor(r6 * 30)::int as g_srv,
    case when state = 'under_appeal' then 1 + floor(r7 * 9)::int else 11 + floor(r7 * 30)::int end as g_end
  from s
), d as (
  -- each path is walked back from its latest event: 1 lodge, 2 register (or refer), 3 accelerate,
  -- 4 schedule_interview, 5 record_interview, 6 decide, 7 serve_decision, 8 appeal/finalise/withdraw
  select t.*, a8.d8, a7.d7, a6.d6, a5.d5, a4.d4, a2.d2, a1.d1
  from t
  cross join lateral (select case when state in ('under_appeal', 'rejected_final', 'withdrawn') then last_on end as d8) a8
  cross join lateral (select case when state in ('notified', 'protected') then last_on
    when state in ('under_appeal', 'rejected_final') then d8 - g_end end as d7) a7
  cross join lateral (select case when state = 'decided' then last_on else d7 - g_srv end as d6) a6
  cross join lateral (select case when state = 'interviewed' then last_on else d6 - g_dec end as d5) a5
  cross join lateral (select case when state = 'interview_scheduled' then last_on else d5 - g_int end as d4) a4
  cross join lateral (select case when state in ('registered', 'referred') then last_on
    when state = 'withdrawn' then d8 - g_sched else d4 - g_sched end as d2) a2
  cross join lateral (select case when state = 'lodged' then last_on else d2 - g_reg end as d1) a1
), e as (
  select i, id, province, state, acc, vulnerable, r8, r9, r10, r11, r12, r13, r16,
    case when state = 'referred' then ${fromPool('r15')} else province end as lodged_province,
    case when rm < 0.55 then 1 when rm < 0.75 then 2 when rm < 0.87 then 3 when rm < 0.95 then 4
      when rm < 0.98 then 5 else 6 end as members,
    r15 < 0.7 as male, ${nat(0)} as nationality, ${nat(2)}::text[] as languages, ${nat(3)} as letter_lang,
    case when r10 < 0.7 then 'directorate' when r10 < 0.85 then 'police' when r10 < 0.95 then 'gendarmerie'
      else 'coast_guard' end as lodged_via,
    ${clamp('d1')} as d1, ${clamp('d2')} as d2, ${clamp('d4')} as d4, ${clamp('d5')} as d5,
    ${clamp('d6')} as d6, ${clamp('d7')} as d7, ${clamp('d8')} as d8, ${clamp('last_on')} as last_on
  from d
)
select e.*,
  case when acc then (array['no_protection_issue', 'misleading_documents', 'applied_to_delay_removal',
    'public_order_threat'])[1 + floor(r16 * 4)::int] end as acceleration_ground,
  x.decision,
  case when x.decision = 'inadmissible' then case when state = 'decided' then
    case when r9 < 0.5 then 'a' else 'b' end else 'c' end end as inadmissibility_ground,
  case when state = 'under_appeal' then
    case when x.decision = 'rejected' and not acc then 'ipec' else 'administrative_court' end end as pending_appeal,
  case when state in ('registered', 'interview_scheduled') then
    case when r9 < 0.005 then 3 when r9 < 0.03 then 1 + floor(r9 * 1000)::int % 2 else 0 end
    else 0 end as missed_interviews,
  rep.interval_days, rep.next_due,
  case when rep.next_due < ${T} then 1 + floor(r12 * 4)::int else 0 end as missed_reporting,
  case when state in ('registered', 'interview_scheduled', 'interviewed')
    and (d2 + interval '6 months')::date < ${T} - 10 and r13 < 0.6
    then (d2 + interval '6 months')::date + 10 end as delay_notice_served_on
from e
cross join lateral (select case
  when state = 'protected' then case when r8 < 0.85 then 'conditional_refugee'
    when r8 < 0.97 then 'subsidiary_protection' else 'refugee' end
  when state = 'decided' then case when r8 < 0.3 then 'conditional_refugee'
    when r8 < 0.4 then 'subsidiary_protection' when r8 < 0.85 then 'rejected' else 'inadmissible' end
  when state in ('notified', 'under_appeal', 'rejected_final') then
    case when acc or r8 < 0.9 then 'rejected' else 'inadmissible' end
  end as decision) x
cross join lateral (select
  case when state in ('registered', 'interview_scheduled', 'interviewed', 'decided', 'notified', 'under_appeal')
    and r11 < 0.35 then (array[7, 14, 30])[1 + floor(r12 * 3)::int] end as interval_days) ri
cross join lateral (select ri.interval_days,
  case when ri.interval_days is not null then
    -- about one in six schedules has gone unattended for up to two months
    case when r11 < 0.06 then ${T} - floor(r11 * 1000)::int else ${T} + floor(r16 * ri.interval_days)::int end
  end as next_due) rep`;
}
