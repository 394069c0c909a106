"""Translations as UN translators wrote them, from lines 2,501-3,000 of the UN Parallel Corpus
v1.0 test set (Ziemski, Junczys-Dowmunt and Pouliquen, LREC 2016; the United Nations is the
source, see tests/corpus_real/SOURCES.md), which the checker had never seen: the classes of its
false alarms there, each with a twin where the error is really present and must still be
caught (README, "Lines 2,501-3,000").

- a title or place said by its adjective: "the President's Cabinet" is «le Cabinet
  présidentiel», «президентского кабинета», «الفريق الرئاسي»; "The New York Office"
  «Нью-Йоркского отделения» (TP101 info, and no TP102 misspelling);
- a body named in full in the source, by its capitalised head noun in the translation
  («résolutions de l'Assemblée» for "General Assembly"; TP101 info), unless a longer name
  goes on after it (another body's);
- a number the source restates in parentheses after its word ("Two (2) militants"), said by
  the word alone (the Arabic dual «مقاتلان»; TP301 info);
- text typed with doubled angle brackets for quotation marks («<<sensibles >>») holds no tag.

Then lines 3,001-3,500, looked at with the checker above:

- a post's grade in another script (P-5 is «ف-5», «С-5»; «1个P-5员额») is no quantity, and an
  Arabic singular may say "1" («ووظيفة موظف فني وطني» for "1 National Professional Officer");
- ordinals joined by a connector («التاسعة والثالثة عشرة», the 9th and the 13th) are two
  numbers, not one run;
- the adjective of the United Nations' initials in Russian («ооновскими учреждениями»);
- two sources that name the same thing with the sides of an "and" swapped ("Finance and
  Budget Section", "Budget and Finance Section") may share a translation (TP702);
- a list of days ("22, 23, 24, 29 and 30 April", «4月22、23、24、29和30日») is every one of them;
- 庭长, UN Chinese for the President of a court, a tribunal or a chamber (TP101 info).

And lines 3,501-4,000, looked at once with all of the above (2.0 false alarms per 1,000 units),
then fixed:

- an adjective counts for any mention ("statements of its President": «déclarations
  présidentielles»), not only one that qualifies a noun;
- the Arabic dual with its adjective in the construct state («مركبتان رباعيتا الدفع»);
- a name kept as the source writes it inside a title cited untranslated («le Règlement intitulé
  Charter of the United Nations (Sanctions - Yemen) 2014»); a name left untranslated on its own
  is still missing;
- a list of days ends on "and", never on a range's dash («ФЛООН-11, 4 - 15 мая» is no 11 May).

Then lines 1-500 of the corpus's development set (other documents; 6.0 false alarms per 1,000
units at first look), fixed:

- UN Arabic writes a clock time minutes first («الساعة 47/10» is 10.47 a.m.);
- a person named again as "the latter" («à ce dernier», «este último», «последнему», «لهذا
  الأخير»; TP101 info);
- "2.5 years" said as two years and a half («deux ans et demi», «سنتين ونصف»);
- a grade with spaces round its hyphen («С - 4»);
- "131 Member States" counted in the Arabic singular («131 دولة عضوا»), and "the LCBC Member
  States", another body's (TP101 info);
- a date range with a dash typed as "--" («11 -- 24 февраля»).

And lines 501-1,000 of the development set (5.2 false alarms per 1,000 units at first look):

- a page cited ("(p. 31)") is the page of each language's own edition («pág. 33»; TP301 info);
- a plural honorific names every name after it («MM. Hunte, Sene et Seyoum»);
- a French or Spanish term in the other number («chaque État Membre» for «États Membres»);
- "the Deputy Chairman" is not the Chairman («Vice-Président» is no misspelling);
- a numbered list item that is only a person's name is the same name in French and Spanish.

And lines 1,001-1,500 of the development set (6.0 false alarms per 1,000 units at first look):

- a footnote mark glued to a name ("Drugs and Crime1") hid the name from the termbase;
- page ranges ("pp. 34-35"), and the translation's pages taken before any other number;
- a note's number in brackets after a sentence ("planning.[23]"; TP301 info);
- a date range with the minus sign for its dash («14−18 марта»);
- «дивизионный генерал», a Major General's rank as armies of French tradition name it.

And lines 1,501-2,000 of the development set, looked at once with all of the above (7.2 false
alarms per 1,000 units), then fixed:

- a footnote mark after a closing quote ('… desirable ranges"18');
- 千克, 千米, 千瓦: a unit's prefix, not a thousand (TP302);
- a French time with one digit of minutes («15 h 5»);
- a Russian range «с 14 до 27 января»;
- a numbered name kept in Latin script in Chinese («12. Abdullah Sarwaji»; TP603 info);
- «البروفسور», Professor in Arabic (TP105);
- a common noun («d'organisations») is no misspelling of a capitalised one-word form
  («Organisation», the United Nations) (TP102).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from test_precision import _check, _check_units, _codes
from transpub.checks.adjectives import _made_on
from transpub.checks.consistency import reworded
from transpub.checks.numbers import _find_all
from transpub.checks.shortforms import head_noun
from transpub.datefind import find_dates

from conftest import Cli

TB = ("--termbase", str(Path(__file__).resolve().parent.parent / "locales" / "termbase.tbx"))

CABINET = ("The Task Force comprises designees of each member of the President's Cabinet and "
           "the Co-Chairs of the President's Inter-Agency Group on Puerto Rico.")
NEW_YORK = ("The New York Office is funded entirely from extrabudgetary resources and consists "
            "of nine staff members in the Professional and higher categories.")
ASSEMBLY = ("We also call for the full implementation of relevant resolutions, keeping in mind "
            "the rules of procedure, including rule 141, while acknowledging existing relevant "
            "General Assembly practices.")
DECIDED = ("The General Assembly subsequently decided that Habitat III would be held in Quito "
           "during the week of 17 October 2016.")

CASES = [
    ("fr", CABINET,
     "Le Groupe se compose de personnes désignées par chacun des membres du Cabinet présidentiel "
     "et des coprésidents du Groupe interministériel sur Porto Rico mis en place par le "
     "Président.",
     "Le Groupe se compose de personnes désignées par chacun des membres du Cabinet ministériel "
     "et des coprésidents du Groupe interministériel sur Porto Rico mis en place par le "
     "Président.", {"TP101"}),
    ("ru", CABINET,
     "В состав целевой группы входят лица, выдвигаемые каждым членом президентского кабинета и "
     "сопредседателями президентской межведомственной группы по Пуэрто-Рико.",
     "В состав целевой группы входят лица, выдвигаемые каждым членом правительственного "
     "кабинета и сопредседателями межведомственной группы по Пуэрто-Рико.",
     {"TP101", "TP102"}),
    ("ar", CABINET,
     "وتضم فرقة العمل أعضاء معيّنين من جانب كل عضو من أعضاء إدارة الرئيس والرئيسين المشاركين "
     "للفريق الرئاسي المشترك بين الوكالات المعنـي ببورتوريكو.",
     "وتضم فرقة العمل أعضاء معيّنين من جانب كل عضو من أعضاء إدارة الرئيس والرئيسين المشاركين "
     "للفريق الحكومي المشترك بين الوكالات المعنـي ببورتوريكو.", {"TP101"}),
    ("ru", NEW_YORK,
     "Деятельность Нью-Йоркского отделения полностью финансируется за счет внебюджетных "
     "ресурсов, и его штат состоит из девяти сотрудников категории специалистов и выше.",
     "Деятельность Женевского отделения полностью финансируется за счет внебюджетных "
     "ресурсов, и его штат состоит из девяти сотрудников категории специалистов и выше.",
     {"TP101", "TP102"}),
    ("fr", ASSEMBLY,
     "Nous demandons également la pleine application des résolutions de l'Assemblée sur la "
     "question, dans le respect de son Règlement intérieur, notamment de son article 141, et "
     "compte tenu en outre de ses pratiques en la matière.",
     "Nous demandons également la pleine application des résolutions de l'Assemblée mondiale "
     "de la Santé, dans le respect de son Règlement intérieur, notamment de son article 141, et "
     "compte tenu en outre de ses pratiques en la matière.", {"TP101"}),
    ("fr", DECIDED,
     "L'Assemblée a ensuite décidé qu'Habitat III se tiendrait à Quito dans la semaine du "
     "17 octobre 2016.",
     "L'Assemblée a ensuite décidé qu'Habitat III se tiendrait à Quito dans la semaine du "
     "17 octobre 2016.".replace("L'Assemblée a", "Le Conseil a"), {"TP101"}),
    ("es", DECIDED,
     "Posteriormente, la Asamblea decidió que Hábitat III se celebraría en Quito durante la "
     "semana del 17 de octubre de 2016.",
     "Posteriormente, la Asamblea Mundial de la Salud decidió que Hábitat III se celebraría en "
     "Quito durante la semana del 17 de octubre de 2016.", {"TP101"}),
    ("ar", "Two (2) Hizbullah militants were observed performing military recce IVO B21.",
     "شوهد مقاتلان من حزب الله وهما يقومان بعملية استطلاع عسكرية بالقرب من البرميل B21.",
     "شوهد 3 مقاتلين من حزب الله وهم يقومون بعملية استطلاع عسكرية بالقرب من البرميل B21.",
     {"TP301"}),
    ("fr", "It is useful to deconstruct the terms \"classified\" and \"sensitive\" in regard to "
     "information.",
     "Il est utile de procéder à une analyse critique des termes << classées >> et "
     "<<sensibles >> en ce qui concerne les informations.",
     "Il est utile de procéder à une analyse critique des termes << classées >> et "
     "<b>sensibles</b> en ce qui concerne les informations.", {"TP501"}),
]


POSTS = ("The proposed new Conduct and Discipline Team was to comprise four positions (1 P-5 "
         "and 1 National Professional Officer financed by the UNAMA budget and 1 National "
         "Professional Officer and 1 Local level financed by the UNAMI budget).")
POSTS_AR = ("وكان الفريق المقترح الجديد المعني بالسلوك والانضباط سيضم أربع وظائف (وظيفة برتبة ف-5 "
            "ووظيفة موظف فني وطني ممولتان من ميزانية بعثة الأمم المتحدة لتقديم المساعدة إلى "
            "أفغانستان، ووظيفة موظف فني وطني وأخرى بالرتبة المحلية ممولتان من ميزانية بعثة "
            "الأمم المتحدة لتقديم المساعدة إلى العراق).")
MEETINGS = ("At its 5th, 7th to 9th and 13th to 15th meetings, on 22, 23, 24, 29 and 30 April, "
            "the Forum considered agenda item 8.")
CHAMBER = ("The members of the Chamber, in order of precedence, are as follows: Judge Golitsyn, "
           "President; Judges Cot and Attard, alternates.")

CASES += [
    ("ar", POSTS, POSTS_AR, POSTS_AR.replace("(وظيفة", "(2 وظيفة"), {"TP301"}),
    ("ar", MEETINGS,
     "وفي الجلسات الخامسة والسابعة إلى التاسعة والثالثة عشرة إلى الخامسة عشرة، المعقودة في 22 "
     "و 23 و 24 و 29 و 30 نيسان/أبريل، نظر المنتدى في البند 8 من جدول الأعمال.",
     "وفي الجلسات الخامسة والسابعة إلى التاسعة والرابعة عشرة إلى الخامسة عشرة، المعقودة في 22 "
     "و 23 و 24 و 29 و 30 نيسان/أبريل، نظر المنتدى في البند 8 من جدول الأعمال.", {"TP301"}),
    ("zh", MEETINGS, "在4月22、23、24、29和30日第5、7至9和13至15次会议上，论坛审议了议程项目8。",
     "在4月22、23、24、28和30日第5、7至9和13至15次会议上，论坛审议了议程项目8。", {"TP201"}),
    ("ru", "Authorized national NGOs continue to operate under complex procedures in "
     "partnering with United Nations agencies.",
     "Национальным НПО, которым разрешено партнерство с ооновскими учреждениями, попрежнему "
     "приходится соблюдать при этом сложные формальности.",
     "Национальным НПО, которым разрешено партнерство с международными учреждениями, "
     "попрежнему приходится соблюдать при этом сложные формальности.", {"TP101"}),
    ("zh", CHAMBER, "分庭法官按位次先后排列如下：庭长：戈利岑法官；候补法官：科特和阿塔尔德法官。",
     "分庭法官按位次先后排列如下：戈利岑法官；候补法官：科特和阿塔尔德法官。", {"TP101"}),
]


REGULATION = ("The Charter of the United Nations (Sanctions -- Yemen) Regulation 2014 implements "
              "the assets freeze established pursuant to paragraph 11 of resolution 2140 (2014).")
CASES += [
    ("fr", "Recalling all its previous resolutions and statements of its President on the "
     "situation in Somalia,",
     "Rappelant toutes ses résolutions et déclarations présidentielles antérieures sur la "
     "situation en Somalie,",
     "Rappelant toutes ses résolutions et déclarations antérieures sur la situation en Somalie,",
     {"TP101"}),
    ("ar", "a total of 48 light vehicles (44 general purpose vehicles; 2 four-wheel drive "
     "utility vehicles; and 1 minibus).",
     "48 مركبة خفيفة في المجموع (منها 44 مركبة للأغراض العامة؛ ومركبتان رباعيتا الدفع "
     "للخدمات؛ وحافلة صغيرة).",
     "48 مركبة خفيفة في المجموع (منها 44 مركبة للأغراض العامة؛ ومركبات رباعية الدفع "
     "للخدمات؛ وحافلة صغيرة).", {"TP301"}),
    ("fr", REGULATION,
     "Le Règlement intitulé Charter of the United Nations (Sanctions -- Yemen) Regulation 2014 "
     "donne effet au gel des avoirs imposé au paragraphe 11 de la résolution 2140 (2014).",
     "Le Règlement de United Nations sur le Yémen de 2014 donne effet au gel des avoirs imposé "
     "au paragraphe 11 de la résolution 2140 (2014).", {"TP101"}),
    ("ru", "The 11th session of the UN Forum on Forests (UNFF11, 4-15 May 2015, New York) "
     "will review the arrangement.",
     "Одиннадцатая сессия Форума Организации Объединенных Наций по лесам (ФЛООН-11, "
     "4 - 15 мая 2015 года, Нью-Йорк) будет посвящена обзору механизма.",
     "Одиннадцатая сессия Форума Организации Объединенных Наций по лесам (ФЛООН-11, "
     "4 - 16 мая 2015 года, Нью-Йорк) будет посвящена обзору механизма.", {"TP201"}),
]


KAZURA = ("I should like to take this opportunity to express my gratitude to Major General "
          "Kazura for his significant contribution during the early stages of the Mission's "
          "deployment.")
HALF = ("The costs consist of staff salaries, specifically for one P-4 staff member working "
        "at 50 per cent for 2.5 years (from 2011 to 2014).")
CASES += [
    ("ar", "To be held on Thursday, 12 February 2015, at 10.47 a.m.",
     "المقرر عقدها يوم الخميس 12 شباط/فبراير 2015، الساعة 47/10",
     "المقرر عقدها يوم الخميس 12 شباط/فبراير 2015، الساعة 45/10", {"TP301"}),
    ("ar", "To be held on Wednesday, 21 January 2015, at 11 a.m.",
     "المقرر عقدها يوم الأربعاء 21 كانون الثاني/يناير 2015، الساعة 00:11",
     "المقرر عقدها يوم الأربعاء 21 كانون الثاني/يناير 2015، الساعة 00:10", {"TP301"}),
    ("fr", KAZURA, "Je voudrais saisir cette occasion pour exprimer à ce dernier ma gratitude "
     "pour son importante contribution durant les phases initiales de déploiement de la MINUSMA.",
     "Je voudrais saisir cette occasion pour exprimer au général Kazura ma gratitude pour son "
     "importante contribution durant les phases initiales de déploiement de la MINUSMA.",
     {"TP101", "TP102"}),
    ("ar", KAZURA, "وأود أن أغتنم هذه الفرصة لأعرب عن امتناني لهذا الأخير لمساهمته الهامة خلال "
     "المراحل الأولى من نشر البعثة.",
     "وأود أن أغتنم هذه الفرصة لأعرب عن امتناني لكازورا لمساهمته الهامة خلال المراحل الأولى "
     "من نشر البعثة.", {"TP101", "TP102"}),
    ("fr", HALF, "Les dépenses sont liées aux traitements, en particulier d'un fonctionnaire P-4 "
     "ayant travaillé à 50 % pendant deux ans et demi (de 2011 à 2014).",
     "Les dépenses sont liées aux traitements, en particulier d'un fonctionnaire P-4 ayant "
     "travaillé à 50 % pendant trois ans et demi (de 2011 à 2014).", {"TP301"}),
    ("ar", HALF, "تتألف التكاليف من مرتبات الموظفين، ولا سيما وظيفة برتبة ف-4 يُعنى شاغلها "
     "بنسبة 50 في المائة لمدة سنتين ونصف (من 2011 إلى 2014).",
     "تتألف التكاليف من مرتبات الموظفين، ولا سيما وظيفة برتبة ف-4 يُعنى شاغلها بنسبة 50 في "
     "المائة لمدة سنتين (من 2011 إلى 2014).", {"TP301"}),
    ("ru", HALF, "Расходы состоят в выплате окладов, в частности одной должности С - 4, "
     "рабочая нагрузка которой в течение двух с половиной лет (с 2011 по 2014 год) составляла "
     "50 процентов.",
     "Расходы состоят в выплате окладов, в частности одной должности С - 4, рабочая нагрузка "
     "которой в течение трех с половиной лет (с 2011 по 2014 год) составляла 50 процентов.",
     {"TP301"}),
    ("ar", "This review of 131 Member States' national reports explores the extent to which "
     "they have done that.",
     "ويبحث هذا الاستعراض للتقارير الوطنية المقدمة من 131 دولة عضوا مدى قيام الحكومات بذلك.",
     "ويبحث هذا الاستعراض للتقارير الوطنية المقدمة من 131 حكومة مدى قيام الحكومات بذلك.",
     {"TP101"}),
    ("ru", "The Commission for Social Development, 52nd Session, 11-24 February, 2014 reviewed "
     "the achievements.",
     "В ходе 52-й сессии Комиссии по социальному развитию, состоявшейся 11 -- 24 февраля "
     "2014 года, анализировался ход работы.",
     "В ходе 52-й сессии Комиссии по социальному развитию, состоявшейся 11 -- 25 февраля "
     "2014 года, анализировался ход работы.", {"TP201"}),
]


PAGE = ("Article 3 of that legislation purports to grant Yemeni nationality to any child of a "
        "Yemeni mother or father married to a foreigner (p. 31).")
TERMS = ("Since the terms of office of Ms. Dinić, Mr. Hunte, Mr. Omran Al-Musawi, Mr. Sene and "
         "Mr. Seyoum will expire on 31 December 2015, five persons must be appointed.")
CASES += [
    ("es", PAGE, "El artículo 3 de dicha ley pretende conceder la nacionalidad yemení a los hijos "
     "de madre o padre yemení que se casen con extranjeros (pág. 33).",
     "El artículo 3 de dicha ley pretende conceder la nacionalidad yemení a los hijos de madre o "
     "padre yemení que se casen con extranjeros (artículo 33).", {"TP301"}),
    ("fr", TERMS, "Les mandats de Mme Dinić et MM. Hunte, Omran Al-Musawi, Sene et Seyoum venant "
     "à expiration le 31 décembre 2015, cinq personnes devront être nommées.",
     "Les mandats de Mme Dinić et MM. Hunte, Omran Al-Musawi et Sene ainsi que de Seyoum venant "
     "à expiration le 31 décembre 2015, cinq personnes devront être nommées.", {"TP105"}),
    ("fr", "There shall be set off against the apportionment among Member States their "
     "respective share in the Tax Equalization Fund.",
     "Il sera déduit des sommes réparties la part de chaque État Membre dans le Fonds de "
     "péréquation des impôts.",
     "Il sera déduit des sommes réparties la part de chaque État Partie dans le Fonds de "
     "péréquation des impôts.", {"TP101", "TP102"}),
]


UNODC = ("Notes that the report of the Executive Director on the implementation of the "
         "consolidated budget for the United Nations Office on Drugs and Crime1 provides "
         "information on the adjustments to the consolidated budget;")
CASES += [
    ("fr", UNODC, "Note que le rapport du Directeur exécutif sur l'exécution du budget consolidé "
     "de l'Office des Nations Unies contre la drogue et le crime1 contient des informations sur "
     "les ajustements à apporter au budget consolidé;",
     "Note que le rapport du Directeur exécutif sur l'exécution du budget consolidé de l'Office "
     "contre la drogue et le crime1 contient des informations sur les ajustements à apporter au "
     "budget consolidé;", {"TP101"}),
    ("es", "The combined reports show gaps, in particular in rural areas (pp. 34-35), and "
     "high drop-out rates (p. 45).",
     "Los informes combinados muestran brechas, sobre todo en las zonas rurales (págs. 36 a 39), "
     "y altas tasas de abandono (pág. 47).",
     "Los informes combinados muestran brechas, sobre todo en las zonas rurales (36 a 39), y "
     "altas tasas de abandono (47).", {"TP301"}),
    ("zh", "Human Rights Watch analysed satellite imagery showing the burning of 1,690 "
     "structures, indicating a certain level of planning.[23]",
     "人权监察站分析了卫星图像，表明有1 690个建筑遭到焚烧，这表明存在某种程度的规划。",
     "人权监察站分析了卫星图像，表明有1 600个建筑遭到焚烧，这表明存在某种程度的规划。",
     {"TP301"}),
    ("ru", "Sendai, Japan, 14-18 March 2015", "Сендай, Япония, 14−18 марта 2015 года",
     "Сендай, Япония, 14−19 марта 2015 года", {"TP201"}),
    ("ru", "Major General Lollesgaard succeeds Major General Jean Bosco Kazura (Rwanda).",
     "Дивизионный генерал Лоллесгор сменит дивизионного генерала Жана Боско Казуру (Руанда).",
     "Полковник Лоллесгор сменит полковника Жана Боско Казуру (Руанда).", {"TP101"}),
]


ENTITLED = ('Report of the Secretary-General entitled "Overview of human resources management '
            'reform: assessment of the system of desirable ranges"18')
CASES += [
    ("fr", ENTITLED, "Rapport du Secrétaire général intitulé « Réformes de la gestion des "
     "ressources humaines : évaluation du système des fourchettes optimales »",
     "Rapport du Secrétaire général intitulé « Réformes de la gestion des ressources humaines : "
     "évaluation du système des fourchettes optimales »19", {"TP301"}),
    ("zh", "Iran had fed 156,734 kg of natural UF6 into the cascades.",
     "伊朗已将156 734千克天然六氟化铀装入级联。", "伊朗已将156 734千吨天然六氟化铀装入级联。",
     {"TP302"}),
    ("fr", "To be held on Thursday, 8 January 2015, at 3.05 p.m.",
     "Qui se tiendra le jeudi 8 janvier 2015, à 15 h 5",
     "Qui se tiendra le jeudi 8 janvier 2015, à 15 h 7", {"TP301"}),
    ("ru", "However, delays delayed distribution between 14 and 27 January.",
     "Однако из-за задержек их распределение было отсрочено -- с 14 до 27 января.",
     "Однако из-за задержек их распределение было отсрочено -- с 14 до 28 января.", {"TP201"}),
    ("ar", "According to the American geneticist Professor Bruce Lipton, parents are engineers.",
     "ويرى البروفسور بروس لبتون، عالم المورِّثات الأمريكي، أن الوالدين مهندسون.",
     "ويرى بروس لبتون، عالم المورِّثات الأمريكي، أن الوالدين مهندسون.", {"TP105"}),
    ("fr", "Requests the Secretary-General to use the existing United Nations trust funds to "
     "enhance the participation of non-governmental organizations.",
     "Prie le Secrétaire général d'utiliser les fonds d'affectation spéciale afin de renforcer "
     "la participation d'organisations non gouvernementales.",
     "Prie le Secrétaire général d'utiliser les fonds d'affectation spéciale de l'Organsation "
     "afin de renforcer la participation d'organisations non gouvernementales.", {"TP102"}),
]


CASES += [
    # lines 2,001-2,500 of the development set (4.8 per 1,000 at first look), then fixed: the
    # membership short form inside the Member States' own name, and two more heads of names
    ("fr", "The family contributes to the goals that the States Members of the United Nations "
     "would identify as global priorities.",
     "La famille contribue aux objectifs définis par les États Membres comme des priorités "
     "mondiales.",
     "La famille contribue aux objectifs définis par les États comme des priorités mondiales.",
     {"TP101"}),
    ("es", "Welcoming the recommendation of the United Nations Open Working Group on "
     "Sustainable Development Goals,",
     "Acogiendo con beneplácito la recomendación del Grupo de Trabajo Abierto sobre los "
     "Objetivos de Desarrollo Sostenible,",
     "Acogiendo con beneplácito la recomendación del Comité Abierto sobre los Objetivos de "
     "Desarrollo Sostenible,", {"TP101"}),
    ("zh", "Additional staff will support the newly consolidated functions at the United Nations "
     "Global Service Centre.",
     "需要更多的工作人员支持新近整合至全球服务中心的各项职能。",
     "需要更多的工作人员支持新近整合的各项职能。", {"TP101"}),
]


@pytest.mark.parametrize(("lang", "source", "good", "bad", "codes"), CASES)
def test_unseen_lines(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                      source: str, good: str, bad: str, codes: set[str]) -> None:
    assert _check(tmp_path, cli_factory, lang, source, good, *TB) == []
    assert codes & set(_codes(_check(tmp_path / "bad", cli_factory, lang, source, bad, *TB)))


def test_the_adjective_is_told_to_a_reviewer(tmp_path: Path,
                                             cli_factory: Callable[[Path], Cli]) -> None:
    good = CASES[0][2]
    path = tmp_path / "fr.po"
    _check(tmp_path, cli_factory, "fr", CABINET, good, *TB)
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--format", "json", *TB, expect=None)
    infos = [f["message"] for f in json.loads(cli.out)["findings"] if f["severity"] == "info"]
    assert any("adjective («présidentiel»)" in m for m in infos), infos


@pytest.mark.parametrize(("word", "form", "lang", "made"), [
    ("présidentiel", "président", "fr", True),
    ("présidentielles", "président", "fr", True),
    ("ministériel", "ministre", "fr", True),
    ("présidente", "président", "fr", False),   # the feminine noun, not an adjective
    ("présidence", "président", "fr", False),
    ("presidencial", "presidente", "es", True),
    ("presidencia", "presidente", "es", False),
    ("президентской", "президент", "ru", True),
    ("нью-йоркского", "нью-йорк", "ru", True),
    ("президентом", "президент", "ru", False),  # the noun in the instrumental
    ("الرئاسي", "رئيس", "ar", True),
    ("للفريق", "رئيس", "ar", False),
])
def test_an_adjective_made_on_a_term(word: str, form: str, lang: str, made: bool) -> None:
    assert _made_on(word, form, lang) is made


@pytest.mark.parametrize(("name", "lang", "head"), [
    ("Assemblée générale", "fr", "Assemblée"),
    ("Генеральная Ассамблея", "ru", "Ассамблея"),   # after the adjective
    ("Asamblea General", "es", "Asamblea"),
    ("الجمعية العامة", "ar", "الجمعية"),
    ("Qatar", "fr", None),
])
def test_the_head_noun_of_a_name(name: str, lang: str, head: str | None) -> None:
    assert head_noun(name, lang) == head


def test_a_coordination_turned_round_may_share_a_translation(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    same = "Бюджетно-финансовая секция"
    turned = [("Finance and Budget Section", same), ("Budget and Finance Section", same)]
    assert _check_units(tmp_path, cli_factory, "ru", turned) == []
    # twins: two other sections given one translation are still reported
    other = [("Finance and Budget Section", same), ("Budget and Personnel Section", same)]
    assert "TP702" in _codes(_check_units(tmp_path / "bad", cli_factory, "ru", other))
    assert not reworded("paid 5 and 10 dollars respectively", "paid 10 and 5 dollars respectively")


@pytest.mark.parametrize(("text", "lang", "numbers"), [
    ("وظيفة برتبة ف-5 ووظيفة برتبة مد-1", "ar", []),
    ("1 должность С-5 и 2 должности Д-1", "ru", ["1", "2"]),
    ("1个P-5员额", "zh", ["1"]),
    ("l'article 28A-1 de la loi", "fr", ["28", "1"]),   # a section number, not a grade
])
def test_a_grade_in_another_script_is_no_quantity(text: str, lang: str,
                                                  numbers: list[str]) -> None:
    assert [m.text for m in _find_all(text, lang)] == numbers


@pytest.mark.parametrize(("text", "lang", "days"), [
    ("on 22, 23, 24, 29 and 30 April, the Forum", "en", [22, 23, 24, 29, 30]),
    ("les 22, 23 et 24 avril 2015", "fr", [22, 23, 24]),
    ("في 22 و 23 و 24 نيسان/أبريل", "ar", [22, 23, 24]),
    ("在4月22、23、24、29和30日", "zh", [22, 23, 24, 29, 30]),
    ("In article 5, 15 May 2015 was adopted", "en", [15]),   # no list without its connector
])
def test_a_list_of_days(text: str, lang: str, days: list[int]) -> None:
    assert [d.day for d in find_dates(text, lang)] == days


def test_another_bodys_member_states(tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    source = ("The Security Council urges the {} Member States and Benin to undertake further "
              "planning.")
    good = "安全理事会敦促乍得湖流域委员会成员国和贝宁进一步进行规划。"
    assert _check(tmp_path, cli_factory, "zh", source.format("LCBC"), good, *TB) == []
    # the UN's own Member States are 会员国 still
    assert "TP101" in _codes(_check(tmp_path / "bad", cli_factory, "zh", source.format("UN"),
                                    good, *TB))


@pytest.mark.parametrize(("post", "flagged"), [("Deputy Chairman", False), ("Chairman", True)])
def test_a_deputys_post_is_not_the_title(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                         post: str, flagged: bool) -> None:
    source = (f"I have the honour to enclose the statement on the arrest of the {post} of the "
              "Mejlis, Ahtem Chiygoz.")
    target = ("J'ai l'honneur de vous faire tenir ci-joint la déclaration concernant "
              "l'arrestation d'Ahtem Chiygoz, Vice-Président du Mejlis.")
    codes = set(_codes(_check(tmp_path, cli_factory, "fr", source, target, *TB)))
    assert bool(codes & {"TP101", "TP102"}) is flagged, codes


@pytest.mark.parametrize(("lang", "source", "flagged"), [
    ("es", "19. Wa'il Da`bul", False),
    ("zh", "12. Abdullah Sarwaji", False),       # kept in Latin script (TP603 info)
    ("zh", "12. Annual report of the Board", True),
    ("es", "19. Annual report of the Board", True),   # a heading left in English
    ("es", "19. United Nations", True),               # a name the termbase translates (TP101)
])
def test_a_name_in_a_list_is_the_same_in_spanish(tmp_path: Path,
                                                 cli_factory: Callable[[Path], Cli],
                                                 lang: str, source: str, flagged: bool) -> None:
    codes = _codes(_check(tmp_path, cli_factory, lang, source, source, *TB))
    assert bool(set(codes) & {"TP603", "TP101"}) is flagged, codes


@pytest.mark.parametrize(("one", "other", "same"), [
    # (session 60's corpus trial: CLDR's dates, Debian's ISO 3166 names, TaTA's headings)
    ("The meeting was held on Mar 15, 1985 in Geneva.",
     "The meeting was held on March 15, 1985 in Geneva.", True),
    ("The meeting was held on Mar 15, 1985 in Geneva.",
     "The meeting was held on March 16, 1985 in Geneva.", False),
    ("Bolivia, Plurinational State of", "Plurinational State of Bolivia", True),
    ("Virgin Islands, British", "British Virgin Islands", True),
    ("All basic vaccinations given", "All bascic vaccinations given", True),
    # a letter changed in a short word, or one at a word's end, is another word
    ("Ten mines were cleared today", "Ten lines were cleared today", False),
    ("The annual report was adopted", "The annual reports was adopted", False),
    ("Employed by family member", "Employed by non-family member", False),
])
def test_sources_that_say_the_same_thing_otherwise(one: str, other: str, same: bool) -> None:
    """TP702's sources that are one sentence written two ways (a date's form, a name turned
    round at its comma, a letter typed twice) are not two statements given one translation."""
    assert reworded(one, other, "fr") is same
