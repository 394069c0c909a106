"""TP108 beyond the Secretariat (session 45): session 44's round left 40 titles outside the
Secretariat's few (High Commissioner → Deputy High Commissioner, Director-General → Deputy
Director-General, Prime Minister → President, Minister for Foreign Affairs → Minister of
Justice, Registrar → President of the Court, Special Rapporteur → Independent Expert) and 19
organizations outside the list (FAO → IFAD, ICRC → IFRC, ECOWAS → ECCAS, African Union
Commission → Peace and Security Council) unseen. The list (``data/un_names.json``) now holds
the titles and organizations UN press releases name often, in the six languages; a deputy's
title is its own entry, and the title inside it is not read («заместитель Верховного
комиссара ООН по делам беженцев» names no High Commissioner for Refugees). Each wrong case has
right twins: the right translation, a short form, an acronym, a head noun; and a body's
President («大会主席», «Председатель Совета») is no head of State's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkcases import warned_by_case
from transpub.namefind import UN_NAMES, names_in

from conftest import Cli

_DG = "The ILO Director-General, Mr. Gilbert Houngbo, opened the conference in Geneva."
_HC = ("The United Nations High Commissioner for Human Rights, Mr. Volker Türk, called for the "
       "release of the activists.")
_PM = "In Nairobi, the Secretary-General held talks with the Prime Minister of Kenya."
_FM = "The Minister for Foreign Affairs of Peru signed the letter on 3 March."
_REG = "The Registrar of the Court, Mr. Philippe Gautier, received the application."
_SR = "Ms. Alice Edwards, Special Rapporteur on torture, will visit the country in June."
_ED = "WFP Executive Director Cindy McCain warned that funds would run out in April."
_ORG = "The FAO and the ICRC will deliver seeds and tools to the farmers of the region."
_REC = "ECOWAS leaders met in Abuja to discuss the transition in the three countries."
_AUC = "The African Union Commission welcomed the agreement signed in Addis Ababa."
_PGA = "The President of the General Assembly thanked the Secretary-General for the report."
_PRES = "The President informed the Assembly that the list of speakers was closed."
_PR = "The Permanent Representative of Chile chaired the meeting."
_TWICE = ("The Secretary-General will return to New York on 26 February, and the "
          "Secretary-General will return to Geneva on 21 February.")
_OIC = ("The Organization of Islamic Cooperation (OIC) and the Organization for Security and "
        "Cooperation in Europe condemned the elections.")
_COUNCIL = "The Security Council met; the Security Council adopted the resolution."
_SOS = "The U.S. Secretary of State told the Security Council that sanctions must continue."
CASES = [
    # a Director-General of another organization is still no deputy
    ("fr", _DG, "Le Directeur général de l'OIT, M. Gilbert Houngbo, a ouvert la conférence à "
     "Genève.", False),
    ("fr", _DG, "Le Directeur général adjoint de l'OIT, M. Gilbert Houngbo, a ouvert la "
     "conférence à Genève.", True),
    ("ru", _DG, "Генеральный директор МОТ г-н Жильбер Унгбо открыл конференцию в Женеве.", False),
    ("ru", _DG, "Заместитель Генерального директора МОТ г-н Жильбер Унгбо открыл конференцию в "
     "Женеве.", True),
    ("zh", _DG, "劳工组织总干事吉尔伯特·洪博先生在日内瓦宣布会议开幕。", False),
    ("zh", _DG, "劳工组织副总干事吉尔伯特·洪博先生在日内瓦宣布会议开幕。", True),
    ("ar", _DG, "وافتتح المدير العام لمنظمة العمل الدولية، السيد جيلبير هونغبو، المؤتمر في جنيف.",
     False),
    ("ar", _DG, "وافتتح نائب المدير العام لمنظمة العمل الدولية، السيد جيلبير هونغبو، المؤتمر في "
     "جنيف.", True),
    ("es", _DG, "La Directora General Adjunta de la OIT, el Sr. Gilbert Houngbo, inauguró la "
     "conferencia en Ginebra.", True),
    ("es", _DG, "El Director General de la OIT, Sr. Gilbert Houngbo, inauguró la conferencia en "
     "Ginebra.", False),
    # the High Commissioner and the deputy
    ("fr", _HC, "Le Haut-Commissaire des Nations Unies aux droits de l'homme, M. Volker Türk, a "
     "demandé la libération des militants.", False),
    ("fr", _HC, "Le Haut-Commissaire, M. Volker Türk, a demandé la libération des militants.",
     False),
    ("fr", _HC, "Le Haut-Commissaire adjoint des Nations Unies aux droits de l'homme, M. Volker "
     "Türk, a demandé la libération des militants.", True),
    ("es", _HC, "El Alto Comisionado Adjunto de las Naciones Unidas para los Derechos Humanos, "
     "Sr. Volker Türk, pidió la liberación de los activistas.", True),
    ("es", _HC, "El Alto Comisionado de las Naciones Unidas para los Derechos Humanos, Sr. "
     "Volker Türk, pidió la liberación de los activistas.", False),
    ("ru", _HC, "Заместитель Верховного комиссара ООН по правам человека г-н Фолькер Тюрк "
     "призвал освободить активистов.", True),
    ("ru", _HC, "Верховный комиссар ООН по правам человека г-н Фолькер Тюрк призвал освободить "
     "активистов.", False),
    ("zh", _HC, "联合国人权事务副高级专员福尔克尔·蒂尔克先生呼吁释放这些活动人士。", True),
    ("zh", _HC, "人权高专办高级专员福尔克尔·蒂尔克先生呼吁释放这些活动人士。", False),
    ("ar", _HC, "ودعا نائب مفوض الأمم المتحدة السامي لحقوق الإنسان، السيد فولكر تورك، إلى الإفراج "
     "عن الناشطين.", True),
    ("ar", _HC, "ودعا مفوض الأمم المتحدة السامي لحقوق الإنسان، السيد فولكر تورك، إلى الإفراج عن "
     "الناشطين.", False),
    # a head of Government is no head of State (only Chinese and Russian tell a State's
    # President from a body's)
    ("zh", _PM, "秘书长在内罗毕与肯尼亚总统举行了会谈。", True),
    ("zh", _PM, "秘书长在内罗毕与肯尼亚总理举行了会谈。", False),
    ("ru", _PM, "В Найроби Генеральный секретарь провел переговоры с президентом Кении.", True),
    ("ru", _PM, "В Найроби Генеральный секретарь провел переговоры с премьер-министром Кении.",
     False),
    ("fr", _PM, "À Nairobi, le Secrétaire général s'est entretenu avec le Premier Ministre "
     "kényan.", False),
    ("ar", _PM, "وأجرى الأمين العام في نيروبي محادثات مع رئيس وزراء كينيا.", False),
    # the Foreign Minister
    ("fr", _FM, "Le Ministre de la justice du Pérou a signé la lettre le 3 mars.", True),
    ("fr", _FM, "Le Ministre des affaires étrangères du Pérou a signé la lettre le 3 mars.",
     False),
    ("es", _FM, "El Primer Ministro del Perú firmó la carta el 3 de marzo.", True),
    ("es", _FM, "El Ministro de Relaciones Exteriores del Perú firmó la carta el 3 de marzo.",
     False),
    ("ru", _FM, "Министр юстиции Перу подписал письмо 3 марта.", True),
    ("ru", _FM, "Министр иностранных дел Перу подписал письмо 3 марта.", False),
    ("zh", _FM, "秘鲁司法部长于3月3日签署了这封信。", True),
    ("zh", _FM, "秘鲁外长于3月3日签署了这封信。", False),
    ("ar", _FM, "ووقع وزير خارجية بيرو الرسالة في 3 آذار/مارس.", False),
    ("ar", _FM, "ووقع رئيس وزراء بيرو الرسالة في 3 آذار/مارس.", True),
    # the Registrar and the President of the Court
    ("fr", _REG, "Le Président de la Cour, M. Philippe Gautier, a reçu la requête.", True),
    ("fr", _REG, "Le Greffier de la Cour, M. Philippe Gautier, a reçu la requête.", False),
    ("zh", _REG, "国际法院院长菲利普·戈蒂埃先生收到了请求书。", True),
    ("zh", _REG, "国际法院书记官长菲利普·戈蒂埃先生收到了请求书。", False),
    ("ar", _REG, "وتلقى رئيس المحكمة، السيد فيليب غوتييه، الطلب.", True),
    ("ar", _REG, "وتلقى رئيس قلم المحكمة، السيد فيليب غوتييه، الطلب.", False),
    # a mandate's kind
    ("fr", _SR, "Mme Alice Edwards, Experte indépendante sur la torture, se rendra dans le pays "
     "en juin.", True),
    ("fr", _SR, "Mme Alice Edwards, Rapporteuse spéciale sur la torture, se rendra dans le pays "
     "en juin.", False),
    ("es", _SR, "La Sra. Alice Edwards, Experta Independiente sobre la tortura, visitará el país "
     "en junio.", True),
    ("es", _SR, "La Sra. Alice Edwards, Relatora Especial sobre la tortura, visitará el país en "
     "junio.", False),
    ("zh", _SR, "酷刑问题独立专家艾丽斯·爱德华兹女士将于6月访问该国。", True),
    ("zh", _SR, "酷刑问题特别报告员艾丽斯·爱德华兹女士将于6月访问该国。", False),
    ("ar", _SR, "وستزور السيدة أليس إدواردز، الخبيرة المستقلة المعنية بالتعذيب، البلد في حزيران/"
     "يونيه.", True),
    ("ar", _SR, "وستزور السيدة أليس إدواردز، المقررة الخاصة المعنية بالتعذيب، البلد في حزيران/"
     "يونيه.", False),
    # another agency's Executive Director: its own translation («Directrice générale de
    # l'UNICEF») is left alone, as the Secretariat's titles of another organization are
    ("fr", _ED, "La Directrice exécutive du PAM, Cindy McCain, a averti que les fonds seraient "
     "épuisés en avril.", False),
    ("zh", _ED, "粮食署执行主任辛迪·麦凯恩警告说，资金将在4月用完。", False),
    # organizations: FAO → IFAD, ICRC → IFRC, ECOWAS → ECCAS, AU Commission → PSC
    ("fr", _ORG, "Le FIDA et le CICR distribueront des semences et des outils aux agriculteurs "
     "de la région.", True),
    ("fr", _ORG, "La FAO et la FICR distribueront des semences et des outils aux agriculteurs "
     "de la région.", True),
    ("fr", _ORG, "La FAO et le CICR distribueront des semences et des outils aux agriculteurs "
     "de la région.", False),
    ("es", _ORG, "La FAO y el Comité Internacional de la Cruz Roja entregarán semillas y "
     "herramientas a los agricultores de la región.", False),
    ("es", _ORG, "El FIDA y el CICR entregarán semillas y herramientas a los agricultores de la "
     "región.", True),
    ("ru", _ORG, "ФАО и МККК доставят семена и инструменты фермерам региона.", False),
    ("ru", _ORG, "МФСР и МККК доставят семена и инструменты фермерам региона.", True),
    ("zh", _ORG, "粮农组织和红十字国际委员会将向该区域农民运送种子和工具。", False),
    ("zh", _ORG, "农发基金和红十字国际委员会将向该区域农民运送种子和工具。", True),
    ("ar", _ORG, "وستقدم منظمة الأغذية والزراعة واللجنة الدولية للصليب الأحمر البذور والأدوات "
     "إلى مزارعي المنطقة.", False),
    ("ar", _ORG, "وستقدم منظمة الأغذية والزراعة والاتحاد الدولي لجمعيات الصليب الأحمر والهلال "
     "الأحمر البذور والأدوات إلى مزارعي المنطقة.", True),
    ("fr", _REC, "Les dirigeants de la CEEAC se sont réunis à Abuja pour examiner la transition "
     "dans les trois pays.", True),
    ("fr", _REC, "Les dirigeants de la CEDEAO se sont réunis à Abuja pour examiner la transition "
     "dans les trois pays.", False),
    ("ru", _REC, "Лидеры ЭКОВАС встретились в Абудже, чтобы обсудить переходный период в трех "
     "странах.", False),
    ("zh", _REC, "西非经共体领导人在阿布贾会晤，讨论这三个国家的过渡问题。", False),
    ("zh", _REC, "中非经共体领导人在阿布贾会晤，讨论这三个国家的过渡问题。", True),
    ("fr", _AUC, "Le Conseil de paix et de sécurité a salué l'accord signé à Addis-Abeba.", True),
    ("fr", _AUC, "La Commission de l'Union africaine a salué l'accord signé à Addis-Abeba.",
     False),
    ("fr", _AUC, "La Commission de l'UA a salué l'accord signé à Addis-Abeba.", False),
    ("ru", _AUC, "Комиссия Африканского союза приветствовала соглашение, подписанное в "
     "Аддис-Абебе.", False),
    ("ru", _AUC, "Совет мира и безопасности Африканского союза приветствовал соглашение, "
     "подписанное в Аддис-Абебе.", True),
    ("ar", _AUC, "ورحبت مفوضية الاتحاد الأفريقي بالاتفاق الموقع في أديس أبابا.", False),
    ("zh", _AUC, "非盟委员会欢迎在亚的斯亚贝巴签署的协议。", False),
    # a name the source says twice, said once by the translation with another of its kind in
    # the other's place; a second mention by a head noun, a pronoun or a short form is silent
    ("fr", _TWICE, "Le Secrétaire général rentrera à New York le 26 février et la "
     "Vice-Secrétaire générale le 21 février.", True),
    ("fr", _TWICE, "Le Secrétaire général rentrera à New York le 26 février, puis à Genève le "
     "21 février.", False),
    ("fr", _TWICE, "Le Secrétaire général rentrera à New York le 26 février et le Secrétaire "
     "général adjoint le 21 février.", True),
    ("es", _TWICE, "El Secretario General regresará a Nueva York el 26 de febrero y el "
     "Secretario General volverá a Ginebra el 21 de febrero.", False),
    ("zh", _TWICE, "秘书长将于2月26日返回纽约，常务副秘书长将于2月21日返回日内瓦。", True),
    ("zh", _TWICE, "秘书长将于2月26日返回纽约，他将于2月21日返回日内瓦。", False),
    ("ru", _TWICE, "Генеральный секретарь вернется в Нью-Йорк 26 февраля, а первый заместитель "
     "Генерального секретаря вернется в Женеву 21 февраля.", True),
    ("ar", _TWICE, "يعود الأمين العام إلى نيويورك في 26 شباط/فبراير، ثم يعود إلى جنيف في 21 "
     "شباط/فبراير.", False),
    ("fr", _COUNCIL, "Le Conseil de sécurité s'est réuni ; le Conseil a adopté la résolution.",
     False),
    # (an acronym in brackets after its name is no second mention: the UN corpus's letters)
    ("fr", _OIC, "L'Organisation de la coopération islamique et l'Organisation pour la sécurité "
     "et la coopération en Europe ont condamné les élections.", False),
    # the United States' Secretary of State is its Foreign Minister («وزير الخارجية»): no
    # other title for the body the translation leaves out (NTREX-128's Arabic)
    ("ar", _SOS, "وقال وزير الخارجية الأمريكي إن العقوبات يجب أن تستمر.", False),
    ("zh", _SOS, "美国外交部长说，制裁必须继续。", False),
    # a body's President is no head of State («主席», «Председатель»), nor is a head noun
    # another body
    ("zh", _PGA, "大会主席感谢秘书长提交的报告。", False),
    ("ru", _PGA, "Председатель Генеральной Ассамблеи поблагодарил Генерального секретаря за "
     "доклад.", False),
    ("fr", _PGA, "Le Président de l'Assemblée générale a remercié le Secrétaire général de son "
     "rapport.", False),
    ("zh", _PRES, "主席通知大会，发言名单已经截止。", False),
    ("ru", _PRES, "Председатель сообщил Генеральной Ассамблее, что список ораторов закрыт.",
     False),
    # the Permanent Representative and the deputy
    ("fr", _PR, "Le Représentant permanent adjoint du Chili a présidé la séance.", True),
    ("fr", _PR, "Le Représentant permanent du Chili a présidé la séance.", False),
    ("ru", _PR, "Заместитель Постоянного представителя Чили председательствовал на заседании.",
     True),
    ("ru", _PR, "Постоянный представитель Чили председательствовал на заседании.", False),
    ("zh", _PR, "智利常驻联合国代表主持了会议。", False),
    ("zh", _PR, "智利常驻联合国副代表主持了会议。", True),
]


@pytest.mark.parametrize("lang", sorted({case[0] for case in CASES}))
def test_titles_and_organizations(tmp_path: Path, cli_factory: Callable[[Path], Cli],
                                  lang: str) -> None:
    found, wanted = warned_by_case(tmp_path, cli_factory, lang, CASES, "TP108")
    assert found == wanted


@pytest.mark.parametrize(("lang", "text", "codes"), [
    # a deputy's title holds the title, in a case, or after its first word
    ("ru", "заместителем Верховного комиссара ООН по делам беженцев", ["DHC"]),
    ("ru", "заместитель Генерального секретаря", ["USG"]),
    ("ru", "Председателем Комиссии Африканского союза", ["AUC"]),
    ("ar", "نائبة مفوض الأمم المتحدة السامي لحقوق الإنسان", ["DHC"]),
    ("en", "the Deputy High Commissioner for Refugees", ["DHC"]),
    ("fr", "la Directrice générale adjointe et le Directeur général", ["DDG", "DG"]),
    ("zh", "世贸组织总理事会", ["WTO"]),  # (总理事会, a General Council, has no Prime Minister)
])
def test_names_read(lang: str, text: str, codes: list[str]) -> None:
    assert [code for code, _ in names_in(text, lang, UN_NAMES)] == codes
