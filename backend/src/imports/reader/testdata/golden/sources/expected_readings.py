#!/usr/bin/env python3
"""The expected readings of the golden cases, written by hand from the inputs.

Each case below was read sentence by sentence against the rules of the import issue; this file only
spells the readings compactly. `python3 expected_readings.py` rewrites ../NNN_*.expected.json.
Deadlines: (text, kind, due) or (text, "event", due, body, which). Commitments: (party, action,
deadline text or None).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def agreement(number, verb, parties=(), deadlines=(), commitments=(), heading=False):
    out = {"number": number, "heading": heading, "verb": verb, "parties": list(parties), "deadlines": []}
    for d in deadlines:
        item = {"text": d[0], "kind": d[1], "due": d[2]}
        if d[1] == "event":
            item["event"] = {"body": d[3], "which": d[4]}
        out["deadlines"].append(item)
    if commitments:
        out["commitments"] = [{"party": p, "action": a, "deadline": dl} for p, a, dl in commitments]
    return out


def heading(number):
    return agreement(number, None, heading=True)


def reading(language, body, meeting_type, city, country, date, date_end, participants, submitted_to, agreements):
    return {"language": language, "body": body, "meeting_type": meeting_type,
            "place": {"city": city, "country": country}, "date": date, "date_end": date_end,
            "participants": participants, "submitted_to": submitted_to, "agreements": agreements}


MEMBERS_ALL = ["BZ", "CA", "CR", "SV", "GT", "HN", "MX", "NI", "PA", "DO", "US"]
SMUGGLING_ES = "Red de Funcionarios de Enlace para el Combate al Tráfico Ilícito de Migrantes y la Trata de Personas"
MC = "MEMBER_COUNTRIES"

CASES = {
    "001_rcgm_panama_2019_en": reading(
        "en", "Regional Consultation Group on Migration", "regular", "Panama City", "PA", "2019-03-12", "2019-03-14",
        MEMBERS_ALL + ["CO", "EC", "PE"], None, [
            agreement("1", "approve", ["SMUGGLING_TIP_NETWORK"]),
            heading("2"),
            agreement("2.a", "approve"),
            agreement("2.b", "request", ["TS", MC], [("no later than 30 April 2019", "date", "2019-04-30")],
                      [("TS", "circulate the approved Work Plan to the Member Countries", "no later than 30 April 2019")]),
            agreement("2.c", "urge", [MC], [("within 60 days", "relative", "2019-05-13")]),
            agreement("3", "thank", ["PA", MC]),
            agreement("4", "take note", ["MX"], [("at the next Vice-Ministerial Meeting", "event", None, "RCM", "next")],
                      [("MX", "present a concept note on a regional information system on migrant flows", "at the next Vice-Ministerial Meeting")]),
            agreement("5", "entrust", ["TS", "IOM", "UNHCR"], [("during the second half of 2019", "period", "2019-12-31")],
                      [("TS", "prepare a comparative study on humanitarian visas", "during the second half of 2019")]),
            agreement("6", "accept", ["HN"], [],
                      [("HN", "host the next meeting of the RCGM and the XXIV Vice-Ministerial Meeting", None)]),
        ]),
    "002_red_trafico_guatemala_2018_es": reading(
        "es", SMUGGLING_ES, "regular", "Ciudad de Guatemala", "GT", "2018-05-03", "2018-05-04",
        ["BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA", "DO", "US"], "RCGM", [
            agreement("1", "thank", ["GT", MC]),
            heading("2"),
            agreement("2.a", "request", [MC, "TS"], [("a más tardar el 30 de junio de 2018", "date", "2018-06-30")],
                      [(MC, "remitir a la ST sus actualizaciones de las matrices", "a más tardar el 30 de junio de 2018")]),
            agreement("2.b", "entrust", ["TS"], [("durante el tercer trimestre de 2018", "period", "2018-09-30")],
                      [("TS", "consolidar las matrices y publicarlas en la Secretaría Virtual", "durante el tercer trimestre de 2018")]),
            agreement("3", "take note", ["IOM"], [("en un plazo de dos meses", "relative", "2018-07-04")],
                      [("IOM", "compartir la versión final del informe", "en un plazo de dos meses")]),
            agreement("4", "urge", [MC], [("a la brevedad posible", "vague", None)]),
            agreement("5", "approve", ["RNCOM"], [("en la próxima reunión del GRCM", "event", None, "RCGM", "next")]),
        ]),
    "003_red_consular_cp1252_2017_es": reading(
        "es", "Red de Funcionarios de Enlace en Protección Consular", "regular", "San Salvador", "SV", "2017-09-05", None,
        ["CA", "CR", "SV", "GT", "HN", "MX", "NI", "PA"], None, [
            agreement("1", "thank", ["SV"]),
            agreement("2", "request", ["TS", MC], [("antes del 15 de diciembre de 2017", "date", "2017-12-15")],
                      [("TS", "elaborar un directorio regional de consulados y distribuirlo a las delegaciones", "antes del 15 de diciembre de 2017")]),
            agreement("3", "recognize", ["MX", "IOM"]),
            agreement("4", "agree", ["UNHCR"], [("durante el primer semestre de 2018", "period", "2018-06-30")]),
        ]),
    "004_network_broken_numbering_2017_en": reading(
        "en", "Liaison Officer Network to Combat Migrant Smuggling and Trafficking in Persons", "regular", "San José", "CR",
        "2017-06-20", None, ["BZ", "CA", "CR", "GT", "HN", "MX", "PA", "US"], "RCGM", [
            agreement("1", "thank", ["CR"]),
            agreement("2", "thank", ["UNODC"]),
            agreement("3", "request", ["TS", MC], [("within 30 days", "relative", "2017-07-20")],
                      [("TS", "prepare a summary of the national reports and send it to the delegations", "within 30 days")]),
            agreement("4", "recommend", ["RCGM"]),
            agreement("5", "urge", [MC, "TS"], [("before the end of 2017", "period", "2017-12-31")]),
            agreement("6", "organize", ["CA", "TS"], [("during the first quarter of 2018", "period", "2018-03-31")],
                      [("CA", "organize a workshop on financial investigations", "during the first quarter of 2018")]),
        ]),
    "005_grcm_bullets_symbol_2018_es": reading(
        "es", "Grupo Regional de Consulta sobre Migración", "regular", "Tegucigalpa", "HN", "2018-11-12", "2018-11-14",
        ["BZ", "CA", "CR", "SV", "US", "GT", "HN", "MX", "NI", "PA", "DO"], None, [
            agreement("1", "approve", ["SMUGGLING_TIP_NETWORK"]),
            agreement("2", "thank", ["HN"]),
            agreement("3", "request", ["IOM", "UNHCR"], [("en la próxima reunión del GRCM", "event", None, "RCGM", "next")],
                      [("IOM", "presentar un análisis de los flujos migratorios extrarregionales", "en la próxima reunión del GRCM"),
                       ("UNHCR", "presentar un análisis de los flujos migratorios extrarregionales", "en la próxima reunión del GRCM")]),
            agreement("4", "instruct", ["TS"], [("en un plazo de tres meses", "relative", "2019-02-14")],
                      [("TS", "actualizar el sitio web de la CRM", "en un plazo de tres meses")]),
            agreement("5", "express satisfaction", ["CORETT"]),
            agreement("6", "send", [MC], [("durante el mes de enero de 2019", "period", "2019-01-31")],
                      [(MC, "enviar observaciones al proyecto de Lineamientos Regionales", "durante el mes de enero de 2019")]),
        ]),
    "006_rcgm_virtual_2020_en": reading(
        "en", "Regional Consultation Group on Migration", "extraordinary", None, None, "2020-06-09", None,
        MEMBERS_ALL, None, [
            agreement("1", "thank", ["MX"]),
            heading("2"),
            agreement("2.a", "request", ["IOM", MC], [("within 45 days", "relative", "2020-07-24")],
                      [("IOM", "compile the measures adopted by the Member Countries and present a summary", "within 45 days")]),
            agreement("2.b", "encourage", [MC]),
            agreement("3", "approve", [], [("in November 2020", "period", "2020-11-30")]),
            agreement("4", "circulate", ["TS", MC], [("as soon as possible", "vague", None)],
                      [("TS", "circulate the report of this meeting to all delegations", "as soon as possible")]),
        ]),
    "007_red_ninez_2019_es": reading(
        "es", "Red de Funcionarios de Enlace para la Protección de la Niñez y Adolescencia Migrante", "regular", "Managua", "NI",
        "2019-02-26", "2019-02-27", ["CR", "SV", "GT", "HN", "MX", "NI", "PA"], "RCGM", [
            agreement("1", "thank", ["NI"]),
            heading("2"),
            agreement("2.a", "entrust", ["TS", "UNICEF"], [("a más tardar el 30 de abril de 2019", "date", "2019-04-30")],
                      [("TS", "revisar los Lineamientos Regionales con el apoyo de UNICEF", "a más tardar el 30 de abril de 2019")]),
            agreement("2.b", "submit", [MC], [("en los próximos 30 días", "relative", "2019-03-29")],
                      [(MC, "remitir comentarios al documento revisado", "en los próximos 30 días")]),
            agreement("3", "recognize", ["Oficina del Alto Comisionado para los Derechos Humanos"]),
            agreement("4", "take note", ["PA"], [("durante el segundo semestre de 2019", "period", "2019-12-31")]),
        ]),
    "008_network_bullets_2018_en": reading(
        "en", "Liaison Officer Network on Consular Protection", "regular", "Mexico City", "MX", "2018-03-03", None,
        ["CA", "GT", "HN", "MX", "SV", "US"], None, [
            agreement("1", "thank", ["MX"]),
            agreement("2", "request", [MC], [("by 15 April 2018", "date", "2018-04-15")],
                      [(MC, "update the directory of consular officers", "by 15 April 2018")]),
            agreement("3", "take note", ["SV"]),
            agreement("4", "convene", [], [("during the second half of 2018", "period", "2018-12-31")]),
        ]),
    "009_vice_ministerial_2018_en": reading(
        "en", "Regional Conference on Migration", "regular", "Tegucigalpa", "HN", "2018-06-26", "2018-06-27",
        MEMBERS_ALL, None, [
            agreement("1", "approve", ["TS"], [("immediately", "vague", None)],
                      [("TS", "begin the implementation of the Strategic Plan", "immediately")]),
            agreement("2", "welcome", ["SMUGGLING_TIP_NETWORK"]),
            agreement("3", "request", ["IOM", "TS"], [("before the end of 2018", "period", "2018-12-31")],
                      [("IOM", "continue technical support to the TS for the regional study on labour migration", "before the end of 2018")]),
            agreement("4", "recognize", ["UNHCR"]),
            agreement("5", "entrust", ["RCGM"], [("during the first quarter of 2019", "period", "2019-03-31")],
                      [("RCGM", "review the operating procedures of the networks", "during the first quarter of 2019")]),
            agreement("6", "accept", ["MX"], [],
                      [("MX", "assume the Presidency Pro Tempore for 2019 and host the XXIV Vice-Ministerial Meeting", None)]),
        ]),
    "010_taller_san_jose_2019_es": reading(
        "es", SMUGGLING_ES, "workshop", "San José", "CR", "2019-03-12", "2019-03-14",
        ["BZ", "CR", "SV", "GT", "HN", "MX", "PA"], None, [
            agreement("1", "thank", ["IOM", "CR"]),
            agreement("2", "prepare", ["TS"], [("en un plazo de noventa días", "relative", "2019-06-12")],
                      [("TS", "presentar un borrador de la guía regional", "en un plazo de noventa días")]),
            agreement("3", "request", [MC], [("a más tardar el 30 de abril de 2019", "date", "2019-04-30")],
                      [(MC, "designar un punto de contacto para la guía", "a más tardar el 30 de abril de 2019")]),
            agreement("4", "recommend", ["RCGM"]),
            agreement("5", "disseminate"),
        ]),
    "011_grcm_acuerdo_markers_2017_es": reading(
        "es", "Grupo Regional de Consulta sobre Migración", "regular", "Ciudad de Panamá", "PA", "2017-11-29", "2017-11-30",
        ["BZ", "CA", "CR", "SV", "GT", "HN", "MX", "NI", "PA", "US", "CO", "EC"], None, [
            agreement("1", "approve", ["CONSULAR_NETWORK"]),
            agreement("2", "request", ["TS", MC], [("antes de que finalice el año", "period", "2017-12-31")],
                      [("TS", "convocar una reunión virtual de los puntos focales", "antes de que finalice el año")]),
            agreement("3", "take note", ["CR"], [("durante el segundo semestre de 2018", "period", "2018-12-31")],
                      [("CR", "ser sede del taller regional sobre migración laboral", "durante el segundo semestre de 2018")]),
            agreement("4", "urge", ["IOM", "UNHCR", MC]),
            agreement("5", "agree", ["PPT"], [("en la próxima Reunión Viceministerial", "event", None, "RCM", "next")],
                      [("PPT", "presentar una propuesta de actualización del Plan Estratégico", "en la próxima Reunión Viceministerial")]),
        ]),
    "012_rcgm_wrapped_2017_en": reading(
        "en", "Regional Consultation Group on Migration", "regular", "San Salvador", "SV", "2017-06-14", "2017-06-15",
        ["BZ", "CA", "CR", "SV", "GT", "HN", "MX", "NI", "PA", "US"], None, [
            agreement("1", "thank", ["SV"]),
            agreement("2", "approve", ["CONSULAR_NETWORK", "TS", MC], [("within two weeks", "relative", "2017-06-29")],
                      [("TS", "distribute the recommendations to the Member Countries", "within two weeks")]),
            agreement("3", "request", [MC, "TS"],
                      [("no later than 31 August 2017", "date", "2017-08-31"),
                       ("at the next meeting of the RCGM", "event", None, "RCGM", "next")],
                      [(MC, "send contributions for the regional migration profile to the TS", "no later than 31 August 2017"),
                       ("TS", "consolidate the contributions and present the document", "at the next meeting of the RCGM")]),
            agreement("4", "urge", [MC]),
        ]),
    "013_red_trafico_decimal_2019_es": reading(
        "es", SMUGGLING_ES, "regular", "Santo Domingo", "DO", "2019-11-20", None,
        ["CA", "CR", "GT", "HN", "MX", "PA", "DO", "US"], "RCGM", [
            agreement("1", "thank", ["DO"]),
            heading("2"),
            agreement("2.1", "submit", [MC, "TS"], [("durante el mes de enero de 2020", "period", "2020-01-31")],
                      [(MC, "remitir a la ST la información actualizada", "durante el mes de enero de 2020")]),
            agreement("2.2", "consolidate", ["TS"], [],
                      [("TS", "consolidar la información y ponerla a disposición en la Secretaría Virtual", None)]),
            agreement("3", "thank", ["UNODC"]),
            agreement("4", "approve"),
        ]),
    "014_consular_unnumbered_2016_en": reading(
        "en", "Liaison Officer Network on Consular Protection", "regular", "Guatemala City", "GT", "2016-10-04", None,
        ["BZ", "CR", "SV", "GT", "HN", "MX", "NI"], None, [
            agreement("1", "thank", ["GT"]),
            agreement("2", "request", ["IOM"], [("by 30 November 2016", "date", "2016-11-30")],
                      [("IOM", "share the results of its study on the consular protection of migrant women", "by 30 November 2016")]),
            agreement("3", "ask", ["TS"], [],
                      [("TS", "include the review of the Network's terms of reference in the agenda of the next meeting", None)]),
            agreement("4", "recognize", ["HN"]),
        ]),
    "015_red_trafico_crlf_cp1252_2019_es": reading(
        "es", SMUGGLING_ES, "regular", "Belmopan", "BZ", "2019-04-08", None,
        ["BZ", "CA", "SV", "GT", "HN", "MX", "NI", "PA"], None, [
            agreement("1", "thank", ["BZ"]),
            heading("2"),
            agreement("2.a", "approve", ["RCGM"]),
            agreement("2.b", "entrust", ["TS"], [],
                      [("TS", "dar seguimiento a la implementación del Plan de Trabajo e informar a la Red", None)]),
            agreement("3", "request", ["SV"], [("en un plazo de 15 días", "relative", "2019-04-23")],
                      [("SV", "compartir su protocolo de investigación financiera con las demás delegaciones", "en un plazo de 15 días")]),
            agreement("4", "reiterate", [MC, "CORETT"], [("con la mayor brevedad", "vague", None)],
                      [(MC, "responder a las solicitudes de cooperación de la Coalición Regional", "con la mayor brevedad")]),
        ]),
}

if __name__ == "__main__":
    for name, value in CASES.items():
        with open(os.path.join(HERE, "..", name + ".expected.json"), "w", encoding="utf-8") as out:
            json.dump(value, out, ensure_ascii=False, indent=2)
            out.write("\n")
    print(f"{len(CASES)} expected readings written")
