#!/usr/bin/env python3
"""Writes a synthetic bundle for timing the importer (not a realistic city: see the generator of
the scale work for that): 5,000 organizations in a tree, 50,000 persons with one position each,
20,000 personal accounts and 200,000 transfers between them. Fixed seed.

usage: python3 docs/bench/synthetic-import.py OUT_DIR
"""
import os
import random
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
random.seed(1)
N_ORG, N_PERSON, N_ACCOUNT, N_TRANSFER = 5000, 50000, 20000, 200000


def write(name, header, rows):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(header + "\n")
        for row in rows:
            f.write(row + "\n")


write("organizations.csv", "id,name,kind,level,parent_id,sector",
      ["O0,市委,PARTY_COMMITTEE,CITY,,"] +
      [f"O{i},单位{i},DEPARTMENT,COUNTY,O{(i - 1) // 10},EDUCATION" for i in range(1, N_ORG)])
write("persons.csv", "id,name,gender,birth_year,party_member",
      (f"P{i},人员{i},M,{1950 + i % 50},true" for i in range(N_PERSON)))
write("positions.csv", "person_id,org_id,title,start_date,is_leader",
      (f"P{i},O{i % N_ORG},科员,2015-01-{1 + i % 28:02d},false" for i in range(N_PERSON)))
write("accounts.csv", "id,holder_id,kind,bank", (f"A{i},P{i},PERSONAL,农商行" for i in range(N_ACCOUNT)))
write("transfers.csv", "id,from_account_id,to_account_id,amount,date,kind",
      (f"TR{i},A{random.randrange(N_ACCOUNT)},A{random.randrange(N_ACCOUNT)},{random.randint(1, 100000)}.5,"
       f"2020-{1 + i % 12:02d}-{1 + i % 28:02d},PAYMENT" for i in range(N_TRANSFER)))
