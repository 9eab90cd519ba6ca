-- Inputs the marker tables name that a weekly entry could not hold yet: fermentable fibre, glycaemic load,
-- the estimated calorie deficit, endurance training apart from other activity, the PSS-10 score when the
-- practice gives it, and the weight lost over the past four weeks as the patient reports it. All optional;
-- plausible bounds are data (lifestyle/limits.json), the checks only keep out what no practice could tune in.
alter table lifestyle_entry add column fermentable_fibre_g_per_day numeric(7, 2);
alter table lifestyle_entry add column glycaemic_load_per_day numeric(7, 2);
alter table lifestyle_entry add column calorie_deficit_kcal_per_day numeric(7, 2);
alter table lifestyle_entry add column endurance_min_per_week numeric(7, 2);
alter table lifestyle_entry add column pss10_score numeric(7, 2);
alter table lifestyle_entry add column weight_lost_kg_4_weeks numeric(7, 2);
alter table lifestyle_entry add constraint ck_lifestyle_energy_and_gut check (
    (fermentable_fibre_g_per_day is null or fermentable_fibre_g_per_day >= 0)
    and (glycaemic_load_per_day is null or glycaemic_load_per_day >= 0)
    and (calorie_deficit_kcal_per_day is null or calorie_deficit_kcal_per_day >= 0)
    and (endurance_min_per_week is null or endurance_min_per_week >= 0)
    and (pss10_score is null or pss10_score between 0 and 40)
    and (weight_lost_kg_4_weeks is null or weight_lost_kg_4_weeks >= 0));
