#!/usr/bin/python3
"""Makes client files for kartoteka_import_bench: 10 columns of realistic
Ukrainian and Russian client data, deterministic.

    tests/bench/make_import_files.py --rows 100000 --out /tmp/DIR
writes DIR/clients.csv (UTF-8, ';'), DIR/clients-1251.csv (Windows-1251) and
DIR/clients.xlsx (Python XlsxWriter, Debian python3-xlsxwriter).
"""
import argparse
import datetime
import os
import random

LAST = ["Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Ґудзь", "Їжакевич",
        "Євтушенко", "Іваненко", "Семёнов", "Кузнецова", "Попов", "Соколова", "Лебедев"]
FIRST = ["Олена", "Тарас", "Ірина", "Ґанна", "Євген", "Їржі", "Пётр", "Наталья", "Сергій", "Юлія"]
MIDDLE = ["Петрівна", "Іванович", "Євгенівна", "Олегович", "Сергеевна", "Ильич", ""]
CITY = ["Київ", "Львів", "Харків", "Одеса", "Дніпро", "Біла Церква", "Кам'янець-Подільський"]
STREET = ["вул. Хрещатик", "просп. Перемоги", "вул. Січових Стрільців", "вул. Ґарматна"]
SOURCE = ["Instagram", "Рекомендація", "Сайт", "Виставка", "Холодний дзвінок"]


def rows(n):
    rnd = random.Random(14)
    for i in range(n):
        yield [
            f"{rnd.choice(LAST)} {rnd.choice(FIRST)} {rnd.choice(MIDDLE)}".strip(),
            f"+38067{rnd.randrange(10**7):07d}",
            f"client{i}@example.com.ua",
            f"{rnd.choice(STREET)}, {rnd.randrange(1, 200)}, {rnd.choice(CITY)}",
            datetime.date(1950, 1, 1) + datetime.timedelta(days=rnd.randrange(20000)),
            f"ТОВ «{rnd.choice(LAST)} і партнери»" if rnd.random() < 0.3 else "",
            str(rnd.randrange(10**7, 10**8)),
            rnd.choice(SOURCE),
            round(rnd.random() * 100000, 2),
            "Постійний клієнт; дзвонити після 18:00" if rnd.random() < 0.2 else "",
        ]


HEADER = ["ПІБ", "Телефон", "E-mail", "Адреса", "Дата народження", "Компанія", "ЄДРПОУ",
          "Джерело", "Сума покупок", "Примітка"]


def csv_line(fields):
    out = []
    for f in fields:
        s = f.strftime("%d.%m.%Y") if isinstance(f, datetime.date) else str(f)
        if any(c in s for c in ';"\n'):
            s = '"' + s.replace('"', '""') + '"'
        out.append(s)
    return ";".join(out) + "\r\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100000)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    text = csv_line(HEADER) + "".join(csv_line(r) for r in rows(args.rows))
    with open(os.path.join(args.out, "clients.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    with open(os.path.join(args.out, "clients-1251.csv"), "wb") as f:
        f.write(text.encode("cp1251"))

    import xlsxwriter
    wb = xlsxwriter.Workbook(os.path.join(args.out, "clients.xlsx"))  # shared strings, as Excel writes them
    ws = wb.add_worksheet("Клієнти")
    date = wb.add_format({"num_format": "dd.mm.yyyy"})
    ws.write_row(0, 0, HEADER)
    for r, row in enumerate(rows(args.rows), start=1):
        for c, v in enumerate(row):
            if isinstance(v, datetime.date):
                ws.write_datetime(r, c, datetime.datetime.combine(v, datetime.time()), date)
            else:
                ws.write(r, c, v)
    wb.close()


if __name__ == "__main__":
    main()
