-- Weekly maxima per drug, and template sources that say what each cited study examined.

-- A single dose can be plausible while the schedule is not (anastrozole 2 mg twice daily, hCG 10,000 IU daily).
-- The weekly maximum is in the row's unit; its source is shown in the refusal, so it names who says so and says
-- plainly when a figure is practice convention rather than a label or a study. Catching slips, not dosing advice.
alter table drug_dose_limit add column max_per_week numeric(12, 3);
alter table drug_dose_limit add column max_per_week_source varchar(600);

update drug_dose_limit set max_per_week = 12000, max_per_week_source =
    'Pregnyl label for men with hypogonadotropic hypogonadism: at most 4,000 IU three times weekly; restart '
    || 'protocols after TRT use up to 3,000 IU every other day, about 10,500 IU a week (Wenker 2015)'
 where drug = 'HCG';
update drug_dose_limit set max_per_week = 7, max_per_week_source =
    'Arimidex label: 1 mg once daily, licensed for breast cancer; use in men is off-label, where 0.5 to 1 mg '
    || 'one to three times weekly is usual'
 where drug = 'ANASTROZOLE';
update drug_dose_limit set max_per_week = 350, max_per_week_source =
    'practice convention, not a label: clomiphene is licensed only for ovulation induction in women; male '
    || 'practice uses 25 mg daily or 50 mg every other day and goes up to 50 mg daily'
 where drug = 'CLOMIPHENE';
update drug_dose_limit set max_per_week = 175, max_per_week_source =
    'practice convention: enclomiphene has no licensed label; the trials in men with secondary hypogonadism '
    || '(Wiehle 2014) gave up to 25 mg daily'
 where drug = 'ENCLOMIPHENE';
update drug_dose_limit set max_per_week = 280, max_per_week_source =
    'Nolvadex label: at most 40 mg a day, for breast cancer; use in men is off-label, where 10 to 20 mg daily '
    || 'is usual'
 where drug = 'TAMOXIFEN';
update drug_dose_limit set max_per_week = 2800, max_per_week_source =
    'practice convention: no label covers restart use; pulsatile pump treatment of hypogonadotropic '
    || 'hypogonadism gives a few hundred µg a day, taken here as at most 400 µg a day'
 where drug = 'GONADORELIN';
update drug_dose_limit set max_per_week = 900, max_per_week_source =
    'Gonal-f label for spermatogenesis in men with hypogonadotropic hypogonadism: at most 300 IU three times '
    || 'weekly'
 where drug = 'FSH';

alter table drug_dose_limit add constraint ck_dose_limit_week_positive
    check (max_per_week is null or max_per_week > 0);
alter table drug_dose_limit add constraint ck_dose_limit_week_source
    check (max_per_week is null or max_per_week_source is not null);

-- Template sources (V4 seeded them): each cited study is now described by what it studied. Restart templates
-- cite restart or recovery studies after TRT or AAS; a study of something else is named as such; where no study
-- of the exact regimen is cited, the text says the regimen is practice convention. Only the seeded wording is
-- replaced: a template a practice lead has already rewritten keeps its text.
update protocol_template set description =
    'hCG 3,000 IU every other day with clomiphene 25 mg daily. Sources: Wenker et al., J Sex Med 2015 (49 men '
    || 'azoospermic or severely oligospermic after TRT, given hCG 3,000 IU every other day with a SERM, an '
    || 'aromatase inhibitor or FSH: 95.9 % recovered or improved, after a mean of 4.6 months) and Kohn et al., '
    || 'Fertil Steril 2017 (66 men after TRT given hCG with a SERM: 70 % reached a total motile count above '
    || '5 million by 12 months; older men and longer TRT recovered more slowly). A record of common practice, not '
    || 'a recommendation: the clinician prescribes.'
 where name = 'hCG + clomiphene' and description like 'hCG 3,000 IU every other day with clomiphene 25 mg daily. Source: Wenker%';
update protocol_template set description =
    'Clomiphene 25 mg daily (50 mg every other day is also reported). Sources: McBride & Coward, Asian J Androl '
    || '2016 (review of recovering spermatogenesis after TRT or AAS and the off-label agents used for it; no study '
    || 'of clomiphene alone after TRT is cited, so using it for a restart is practice convention) and, for the drug '
    || 'over years, Krzastek et al., J Urol 2019 (400 men with low testosterone, not a restart after TRT, on '
    || 'clomiphene for a mean of 25.5 months: 88 % of those treated beyond 3 years eugonadal; estradiol rose). '
    || 'A record of common practice, not a recommendation: the clinician prescribes.'
 where name = 'Clomiphene alone' and description like 'Clomiphene 25 mg daily (50 mg every other day is also reported). Source: Krzastek%';
update protocol_template set description =
    'Enclomiphene 25 mg daily (12.5 to 25 mg daily is reported). Sources: McBride & Coward, Asian J Androl 2016 '
    || '(review of recovering spermatogenesis after TRT or AAS and the off-label agents used for it; no study of '
    || 'enclomiphene after TRT is cited, so using it for a restart is practice convention) and, for the drug itself, '
    || 'Wiehle et al., Fertil Steril 2014 (men with secondary hypogonadism, not a restart: testosterone, LH and FSH '
    || 'rose and sperm counts were kept, unlike on testosterone gel). A record of common practice, not a '
    || 'recommendation: the clinician prescribes.'
 where name = 'Enclomiphene alone' and description like 'Enclomiphene 25 mg daily (12.5 to 25 mg daily is reported). Source: typical%';
update protocol_template set description =
    'hCG 3,000 IU every other day; anastrozole 0.5 mg twice weekly only while estradiol is high (0.5 to 1 mg one '
    || 'to three times weekly is reported). Source: Wenker et al., J Sex Med 2015 (men after TRT given hCG '
    || '3,000 IU every other day, with an aromatase inhibitor among the add-ons: 95.9 % recovered or improved). The '
    || 'anastrozole dose and the rule "only while estradiol is high" are practice convention, not taken from that '
    || 'study. A record of common practice, not a recommendation: the clinician prescribes.'
 where name = 'hCG + anastrozole when estradiol is high' and description like 'hCG 3,000 IU every other day; anastrozole 0.5 mg twice weekly%Source: Wenker%';
update protocol_template set description =
    'Tamoxifen 20 mg daily (10 to 20 mg daily is reported). Source: McBride & Coward, Asian J Androl 2016 '
    || '(review of recovering spermatogenesis after TRT or AAS and the off-label agents used for it; no study of '
    || 'tamoxifen alone after TRT is cited, so using it for a restart is practice convention). A record of common '
    || 'practice, not a recommendation: the clinician prescribes.'
 where name = 'Tamoxifen alone' and description like 'Tamoxifen 20 mg daily (10 to 20 mg daily is reported). Source: typical%';
update protocol_template set description =
    'hCG 3,000 IU every other day with FSH, for men seeking fertility. Source: Wenker et al., J Sex Med 2015 (men '
    || 'after TRT given hCG 3,000 IU every other day, with FSH among the add-ons: 95.9 % recovered or improved). '
    || 'The FSH dose (75 IU three times weekly) is a placeholder for the practice to set: the cited source gives '
    || 'none. A record of common practice, not a recommendation: the clinician prescribes.'
 where name = 'hCG + FSH (fertility)' and description like 'hCG 3,000 IU every other day with FSH, for men seeking fertility. Source: Wenker%';
update protocol_template set description =
    'No medication: stopping exogenous androgens and following recovery with labs. Sources: Anawalt, J Clin '
    || 'Endocrinol Metab 2019 (review of anabolic steroid use: after under a year of use, recovery usually within '
    || 'a year) and Liu et al., Lancet 2006 (pooled recovery of 1,549 men after hormonal male contraception, the '
    || 'closest pooled curve rather than a TRT study: sperm concentration of 20 million/mL reached by 67 % at '
    || '6 months and 90 % at 12, slower after longer treatment and long-acting preparations).'
 where name = 'Natural recovery (no medication)' and description like 'No medication: stopping exogenous androgens%Source: Anawalt 2019%';
