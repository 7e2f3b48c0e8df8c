#!/usr/bin/env python3
"""Generates the sample bundle of Oversight Graph: 黔安市, a fictional prefecture-level city
in the fictional province 黔中省.

    python3 import/sample/tools/make_sample.py

Python 3 standard library only; a fixed seed makes every run produce the same bytes. The
script writes the CSV files of the bundle (import format version 1 plus the optional files
and columns of the project's model) into import/sample/, validates them, computes the
red-flag hits of every rule independently of the platform, computes the statistics, and
writes README.md, stories.md, manifest.json, expected-red-flags.json and expected-stats.json.

Planted stories use readable ids with an S<n> marker (PER-S1-YANG, FND-S3-01, ...); every
other id is a plain sequence number. Everything is invented: names, codes, companies,
amounts; the province code 69 is not used by GB/T 2260.
"""

import calendar
import csv
import io
import json
import os
import random
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 20170315
AS_OF = date(2026, 11, 1)  # the date the ground truth is stated for (see stories.md)
rng = random.Random(SEED)


# ----------------------------------------------------------------------------------------
# Dates and small helpers
# ----------------------------------------------------------------------------------------

def d(text):
    return date.fromisoformat(text)


def plus(day, n):
    return day + timedelta(days=n)


def add_months(day, n):
    y = day.year + (day.month - 1 + n) // 12
    m = (day.month - 1 + n) % 12 + 1
    return date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def between(a, b):
    """A random date in [a, b]."""
    return plus(a, rng.randint(0, max(0, (b - a).days)))


def money(x):
    return float(Decimal(str(x)).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))


def pct(num, den):
    if den == 0:
        return None
    return str((Decimal(num) * 100 / Decimal(den)).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)) + '%'


def holds(pos, day):
    return pos['start_date'] <= day and (pos['end_date'] is None or day <= pos['end_date'])


# ----------------------------------------------------------------------------------------
# The format: files, columns, codes (mirrors the Java model declarations)
# ----------------------------------------------------------------------------------------

CODES = {
    'region_level': ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE', 'HAMLET'],
    'level': ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'],
    'org_kind': ['PARTY_COMMITTEE', 'DEPARTMENT', 'STATE_ENTERPRISE', 'PUBLIC_INSTITUTION', 'VILLAGE',
                 'DISCIPLINE_BODY', 'DISPATCHED_GROUP', 'INSPECTION_OFFICE', 'ORG_DEPARTMENT', 'OTHER'],
    'sector': ['EDUCATION', 'HEALTH', 'WATER', 'CIVIL_AFFAIRS', 'POVERTY_ALLEVIATION', 'LAND_RESOURCES',
               'CONSTRUCTION', 'FINANCE', 'STATE_ENTERPRISE', 'JUDICIAL', 'SPORTS', 'AGRICULTURE',
               'ENVIRONMENT', 'TRANSPORT', 'GRASSROOTS', 'OTHER'],
    'gender': ['M', 'F'],
    'relation': ['SPOUSE', 'PARENT', 'CHILD', 'SIBLING', 'IN_LAW', 'OTHER_KIN', 'ASSOCIATE'],
    'company_role': ['OWNER', 'SHAREHOLDER', 'DIRECTOR', 'LEGAL_REP', 'MANAGER'],
    'procurement': ['OPEN_TENDER', 'INVITED', 'COMPETITIVE', 'DIRECT', 'SINGLE_SOURCE'],
    'account_kind': ['PERSONAL', 'CORPORATE', 'PUBLIC'],
    'transfer_kind': ['ALLOCATION', 'PAYMENT', 'PUBLIC_REVENUE', 'SALARY', 'SUBSIDY', 'REFUND', 'OTHER'],
    'round_type': ['REGULAR', 'SPECIAL', 'TARGETED', 'ESCALATED', 'CROSS', 'JOINT', 'LOOKBACK', 'VILLAGE',
                   'PROVINCIAL_TOUR'],
    'member_role': ['LEADER', 'DEPUTY', 'MEMBER', 'LIAISON'],
    'pool': ['LEADER', 'TALENT'],
    'specialty': ['FINANCE', 'ACCOUNTING', 'AUDIT', 'ORGANIZATION', 'PUBLICITY', 'ENGINEERING', 'DISCIPLINE', 'LAW',
                  'GENERAL'],
    'category': ['WEAK_PARTY_LEADERSHIP', 'POLICY_NOT_IMPLEMENTED', 'FORMALISM', 'EIGHT_RULES',
                 'FINANCIAL_MISMANAGEMENT', 'PROCUREMENT', 'FUND_MISAPPROPRIATION', 'PERSONNEL',
                 'WEAK_GRASSROOTS', 'PETTY_CORRUPTION', 'CLAN_BULLY', 'DATA_FALSIFICATION',
                 'RECTIFICATION_FAILURE', 'OTHER'],
    'severity': ['LOW', 'MEDIUM', 'HIGH'],
    'link_role': ['SUBJECT', 'RESPONSIBLE', 'BENEFICIARY', 'EVIDENCE'],
    'lead_source': ['INSPECTION', 'PETITION', 'AUDIT', 'BIG_DATA', 'OTHER'],
    'lead_status': ['OPEN', 'TRANSFER_PROPOSED', 'TRANSFERRED', 'TALK_INQUIRY', 'PRELIMINARY_VERIFICATION',
                    'SHELVED', 'CLOSED', 'CASE_OPENED', 'CASE_CONCLUDED'],
    'disposal': ['TALK_INQUIRY', 'PRELIMINARY_VERIFICATION', 'SHELVED', 'CLOSED'],
    'case_status': ['OPEN', 'INVESTIGATION', 'TRIAL', 'CLOSED'],
    'sanction': ['CRITICISM_EDUCATION', 'REMINDER_TALK', 'ADMONISHMENT', 'SUSPENSION_FOR_REVIEW', 'POST_ADJUSTMENT',
                 'ORDERED_RESIGNATION', 'DEMOTION', 'REMOVAL_FROM_OFFICE', 'PARTY_WARNING', 'PARTY_SERIOUS_WARNING',
                 'PARTY_POST_REMOVAL', 'PARTY_PROBATION', 'PARTY_EXPULSION', 'GOV_WARNING', 'GOV_DEMERIT',
                 'GOV_MAJOR_DEMERIT', 'GOV_DEMOTION', 'GOV_REMOVAL', 'GOV_EXPULSION', 'JUDICIAL_TRANSFER',
                 'ADMONITION_TALK', 'ACCOUNTABILITY'],
    # the steps of the lead and case lifecycles (LeadLifecycle, CaseLifecycle): name -> (from, to)
    'lead_step': ['PROPOSE_TRANSFER', 'APPROVE_TRANSFER', 'RETURN_TRANSFER', 'PASS_ON', 'INQUIRE', 'VERIFY', 'HOLD',
                  'CLOSE', 'VERIFY_AFTER_INQUIRY', 'CLOSE_AFTER_INQUIRY', 'OPEN_CASE', 'HOLD_AFTER_VERIFICATION',
                  'CLOSE_AFTER_VERIFICATION', 'RESUME', 'CLOSE_HELD', 'CONCLUDE'],
    'case_step': ['INVESTIGATE', 'TRY', 'RETURN', 'CONCLUDE'],
    'rect_status': ['PENDING', 'IN_PROGRESS', 'DONE', 'VERIFIED', 'REJECTED'],
    'petition_status': ['RECEIVED', 'FORWARDED', 'CLOSED'],
}

# file -> (entity kind or None for a link file, has id, [(column, type, required)])
# types: text, int, decimal, date, bool, ident, code:<list>, ref:<Kind|Kind>, ref:* (any entity)
SCHEMA = {
    'regions.csv': ('Region', True, [
        ('name', 'text', 1), ('level', 'code:region_level', 1), ('code', 'text', 0), ('parent_id', 'ref:Region', 0)]),
    'organizations.csv': ('Organization', True, [
        ('name', 'text', 1), ('kind', 'code:org_kind', 1), ('level', 'code:level', 1),
        ('parent_id', 'ref:Organization', 0), ('sector', 'code:sector', 0), ('region_id', 'ref:Region', 0),
        ('stationed_at_id', 'ref:Organization', 0)]),
    'persons.csv': ('Person', True, [
        ('name', 'text', 1), ('gender', 'code:gender', 0), ('birth_year', 'int', 0), ('party_member', 'bool', 0),
        ('id_hash', 'text', 0), ('id_number', 'ident', 0)]),
    'positions.csv': (None, False, [
        ('person_id', 'ref:Person', 1), ('org_id', 'ref:Organization', 1), ('title', 'text', 1),
        ('start_date', 'date', 1), ('end_date', 'date', 0), ('rank', 'int', 0), ('is_leader', 'bool', 0),
        ('is_head', 'bool', 0)]),
    'relations.csv': (None, False, [
        ('person_id', 'ref:Person', 1), ('other_person_id', 'ref:Person', 1), ('relation', 'code:relation', 1)]),
    'companies.csv': ('Company', True, [
        ('name', 'text', 1), ('reg_no', 'text', 0), ('address', 'text', 0), ('phone', 'text', 0)]),
    'company_roles.csv': (None, False, [
        ('person_id', 'ref:Person', 1), ('company_id', 'ref:Company', 1), ('role', 'code:company_role', 1),
        ('share', 'decimal', 0)]),
    'accounts.csv': ('Account', True, [
        ('holder_id', 'ref:Person|Company|Organization', 1), ('kind', 'code:account_kind', 1), ('bank', 'text', 0),
        ('name', 'text', 0)]),
    'funds.csv': ('Fund', True, [
        ('name', 'text', 1), ('program', 'text', 0), ('source_org_id', 'ref:Organization', 0),
        ('amount', 'decimal', 0), ('year', 'int', 0)]),
    'projects.csv': ('Project', True, [
        ('name', 'text', 1), ('org_id', 'ref:Organization', 1), ('sector', 'code:sector', 0), ('budget', 'decimal', 0),
        ('start_date', 'date', 0), ('end_date', 'date', 0), ('status', 'text', 0), ('unit', 'text', 0),
        ('accepted_quantity', 'decimal', 0), ('measured_quantity', 'decimal', 0), ('region_id', 'ref:Region', 0),
        ('planned_start_date', 'date', 0), ('planned_end_date', 'date', 0), ('final_account', 'decimal', 0)]),
    'contracts.csv': ('Contract', True, [
        ('project_id', 'ref:Project', 1), ('company_id', 'ref:Company', 1), ('amount', 'decimal', 1),
        ('signed_date', 'date', 1), ('procurement', 'code:procurement', 0), ('approved_by', 'ref:Person', 0),
        ('name', 'text', 0)]),
    'bids.csv': (None, False, [
        ('company_id', 'ref:Company', 1), ('project_id', 'ref:Project', 1), ('amount', 'decimal', 0),
        ('bid_date', 'date', 0), ('won', 'bool', 0)]),
    'transfers.csv': ('Transfer', True, [
        ('from_account_id', 'ref:Account', 1), ('to_account_id', 'ref:Account', 1), ('amount', 'decimal', 1),
        ('date', 'date', 1), ('kind', 'code:transfer_kind', 1), ('fund_id', 'ref:Fund', 0),
        ('project_id', 'ref:Project', 0), ('purpose', 'text', 0)]),
    'terms.csv': ('Term', True, [
        ('name', 'text', 1), ('committee_id', 'ref:Organization', 1), ('start_date', 'date', 0),
        ('end_date', 'date', 0)]),
    'rounds.csv': ('InspectionRound', True, [
        ('name', 'text', 1), ('committee_id', 'ref:Organization', 1), ('type', 'code:round_type', 1),
        ('term', 'text', 0), ('term_id', 'ref:Term', 0), ('number', 'int', 0), ('start_date', 'date', 0),
        ('end_date', 'date', 0), ('sector', 'text', 0)]),
    'joint_rounds.csv': (None, False, [
        ('round_id', 'ref:InspectionRound', 1), ('partner_round_id', 'ref:InspectionRound', 1)]),
    'teams.csv': ('InspectionTeam', True, [('round_id', 'ref:InspectionRound', 1), ('name', 'text', 1)]),
    'team_members.csv': (None, False, [
        ('person_id', 'ref:Person', 1), ('team_id', 'ref:InspectionTeam', 1), ('role', 'code:member_role', 0),
        ('specialty', 'text', 0), ('authorized_from', 'date', 0), ('authorized_to', 'date', 0)]),
    'team_targets.csv': (None, False, [('team_id', 'ref:InspectionTeam', 1), ('org_id', 'ref:Organization', 1)]),
    'pool_members.csv': (None, False, [
        ('person_id', 'ref:Person', 1), ('committee_id', 'ref:Organization', 1), ('pool', 'code:pool', 1),
        ('specialty', 'code:specialty', 1), ('available', 'bool', 0), ('note', 'text', 0)]),
    'findings.csv': ('Finding', True, [
        ('team_id', 'ref:InspectionTeam', 1), ('org_id', 'ref:Organization', 1), ('category', 'code:category', 1),
        ('found_date', 'date', 1), ('sector', 'code:sector', 0), ('severity', 'code:severity', 0),
        ('title', 'text', 0), ('description', 'text', 0), ('amount', 'decimal', 0)]),
    'finding_links.csv': (None, False, [
        ('finding_id', 'ref:Finding', 1), ('entity_id', 'ref:*', 1), ('role', 'code:link_role', 1)]),
    'leads.csv': ('Lead', True, [
        ('team_id', 'ref:InspectionTeam', 1), ('source', 'code:lead_source', 1), ('status', 'code:lead_status', 1),
        ('created_date', 'date', 1), ('finding_id', 'ref:Finding', 0), ('disposal', 'code:disposal', 0),
        ('transferred_to', 'ref:Organization', 0), ('summary', 'text', 0), ('name', 'text', 0),
        ('green_channel', 'bool', 0), ('org_id', 'ref:Organization', 0)]),
    'lead_links.csv': (None, False, [
        ('lead_id', 'ref:Lead', 1), ('entity_id', 'ref:*', 1), ('role', 'code:link_role', 1)]),
    'cases.csv': ('Case', True, [
        ('opened_date', 'date', 1), ('lead_id', 'ref:Lead', 0), ('handled_by', 'ref:Organization', 0),
        ('status', 'code:case_status', 0), ('closed_date', 'date', 0), ('name', 'text', 0)]),
    'case_subjects.csv': (None, False, [('case_id', 'ref:Case', 1), ('person_id', 'ref:Person', 1)]),
    'case_leaders.csv': (None, False, [('case_id', 'ref:Case', 1), ('person_id', 'ref:Person', 1)]),
    'lead_shares.csv': (None, False, [
        ('lead_id', 'ref:Lead', 1), ('team_id', 'ref:InspectionTeam', 1), ('note', 'text', 0), ('by', 'text', 0),
        ('at', 'datetime', 0)]),
    'sanctions.csv': ('Sanction', True, [
        ('person_id', 'ref:Person', 1), ('type', 'code:sanction', 1), ('date', 'date', 1), ('case_id', 'ref:Case', 0),
        ('finding_id', 'ref:Finding', 0), ('name', 'text', 0), ('reason', 'text', 0)]),
    'rectifications.csv': ('Rectification', True, [
        ('finding_id', 'ref:Finding', 1), ('task', 'text', 1), ('deadline', 'date', 1),
        ('status', 'code:rect_status', 1), ('responsible_org_id', 'ref:Organization', 0),
        ('responsible_person_id', 'ref:Person', 0), ('completed_date', 'date', 0), ('regulation', 'text', 0),
        ('name', 'text', 0), ('evidence', 'text', 0), ('problem', 'text', 0), ('supervisor_id', 'ref:Organization', 0),
        ('supervision', 'text', 0), ('effect', 'text', 0), ('on_the_spot', 'bool', 0), ('signed_by', 'ref:Person', 0),
        ('signed_date', 'date', 0), ('published_date', 'date', 0), ('published_in', 'text', 0)]),
    'verifications.csv': (None, False, [
        ('rectification_id', 'ref:Rectification', 1), ('round_id', 'ref:InspectionRound', 1), ('date', 'date', 1),
        ('passed', 'bool', 1), ('note', 'text', 0), ('new_deadline', 'date', 0), ('by', 'text', 0)]),
    'accountability.csv': (None, False, [('sanction_id', 'ref:Sanction', 1), ('rectification_id', 'ref:Rectification', 1)]),
    'handovers.csv': ('Handover', True, [
        ('regulator_id', 'ref:Organization', 1), ('handed_date', 'date', 1), ('category', 'code:category', 1),
        ('name', 'text', 0), ('summary', 'text', 0), ('answer', 'text', 0), ('answered_date', 'date', 0)]),
    'handover_findings.csv': (None, False, [('handover_id', 'ref:Handover', 1), ('finding_id', 'ref:Finding', 1)]),
    'institutional_fixes.csv': ('InstitutionalFix', True, [
        ('name', 'text', 1), ('org_id', 'ref:Organization', 1), ('issued_date', 'date', 0),
        ('finding_id', 'ref:Finding', 0), ('handover_id', 'ref:Handover', 0)]),
    'petitions.csv': ('Petition', True, [
        ('received_date', 'date', 1), ('name', 'text', 0), ('summary', 'text', 0), ('about_id', 'ref:*', 0),
        ('received_by', 'ref:Organization', 0), ('status', 'code:petition_status', 0)]),
    'lead_history.csv': (None, False, [
        ('lead_id', 'ref:Lead', 1), ('seq', 'int', 1), ('step', 'code:lead_step', 1), ('from', 'code:lead_status', 1),
        ('to', 'code:lead_status', 1), ('by', 'text', 1), ('at', 'datetime', 1), ('reason', 'text', 1),
        ('disposal', 'code:disposal', 0), ('transfer_to', 'ref:Organization', 0), ('green_channel', 'bool', 0),
        ('case_id', 'ref:Case', 0)]),
    'case_history.csv': (None, False, [
        ('case_id', 'ref:Case', 1), ('seq', 'int', 1), ('step', 'code:case_step', 1), ('from', 'code:case_status', 1),
        ('to', 'code:case_status', 1), ('by', 'text', 1), ('at', 'datetime', 1), ('reason', 'text', 1)]),
}
LEAD_STEPS = {
    'PROPOSE_TRANSFER': ('OPEN', 'TRANSFER_PROPOSED'), 'APPROVE_TRANSFER': ('TRANSFER_PROPOSED', 'TRANSFERRED'),
    'RETURN_TRANSFER': ('TRANSFER_PROPOSED', 'OPEN'), 'PASS_ON': ('TRANSFERRED', 'TRANSFERRED'),
    'INQUIRE': ('TRANSFERRED', 'TALK_INQUIRY'), 'VERIFY': ('TRANSFERRED', 'PRELIMINARY_VERIFICATION'),
    'HOLD': ('TRANSFERRED', 'SHELVED'), 'CLOSE': ('TRANSFERRED', 'CLOSED'),
    'VERIFY_AFTER_INQUIRY': ('TALK_INQUIRY', 'PRELIMINARY_VERIFICATION'), 'CLOSE_AFTER_INQUIRY': ('TALK_INQUIRY', 'CLOSED'),
    'OPEN_CASE': ('PRELIMINARY_VERIFICATION', 'CASE_OPENED'),
    'HOLD_AFTER_VERIFICATION': ('PRELIMINARY_VERIFICATION', 'SHELVED'),
    'CLOSE_AFTER_VERIFICATION': ('PRELIMINARY_VERIFICATION', 'CLOSED'), 'RESUME': ('SHELVED', 'PRELIMINARY_VERIFICATION'),
    'CLOSE_HELD': ('SHELVED', 'CLOSED'), 'CONCLUDE': ('CASE_OPENED', 'CASE_CONCLUDED')}
CASE_STEPS = {'INVESTIGATE': ('OPEN', 'INVESTIGATION'), 'TRY': ('INVESTIGATION', 'TRIAL'),
              'RETURN': ('TRIAL', 'INVESTIGATION'), 'CONCLUDE': ('TRIAL', 'CLOSED')}
SANCTION_FORM = {'CRITICISM_EDUCATION': 'FIRST_FORM', 'REMINDER_TALK': 'FIRST_FORM', 'ADMONISHMENT': 'FIRST_FORM',
                 'SUSPENSION_FOR_REVIEW': 'ORGANIZATIONAL', 'POST_ADJUSTMENT': 'ORGANIZATIONAL',
                 'ORDERED_RESIGNATION': 'ORGANIZATIONAL', 'DEMOTION': 'ORGANIZATIONAL',
                 'REMOVAL_FROM_OFFICE': 'ORGANIZATIONAL', 'PARTY_WARNING': 'PARTY', 'PARTY_SERIOUS_WARNING': 'PARTY',
                 'PARTY_POST_REMOVAL': 'PARTY', 'PARTY_PROBATION': 'PARTY', 'PARTY_EXPULSION': 'PARTY',
                 'GOV_WARNING': 'GOVERNMENT', 'GOV_DEMERIT': 'GOVERNMENT', 'GOV_MAJOR_DEMERIT': 'GOVERNMENT',
                 'GOV_DEMOTION': 'GOVERNMENT', 'GOV_REMOVAL': 'GOVERNMENT', 'GOV_EXPULSION': 'GOVERNMENT',
                 'JUDICIAL_TRANSFER': 'JUDICIAL', 'ADMONITION_TALK': 'ACCOUNTABILITY', 'ACCOUNTABILITY': 'ACCOUNTABILITY'}
FORMS = ['FIRST_FORM', 'ORGANIZATIONAL', 'PARTY', 'GOVERNMENT', 'JUDICIAL', 'ACCOUNTABILITY']
DATE_ORDER = [('start_date', 'end_date'), ('opened_date', 'closed_date'), ('authorized_from', 'authorized_to'),
              ('date', 'new_deadline'), ('handed_date', 'answered_date')]

T = {name: [] for name in SCHEMA}  # the rows of every file, in output order


def add(file, **row):
    T[file].append(row)
    return row


# ----------------------------------------------------------------------------------------
# Names
# ----------------------------------------------------------------------------------------

SURNAMES = ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任'
            '沈姚卢龙石韦雷熊秦陆罗杨吴龙石王李张刘陈')
M_GIVEN = ('伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺'
           '信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬振会思群豪心邦承乐绍功松善厚庆磊民友裕河江超浩'
           '亮政谦奇宏鸣朋斌栋维启克伦翔旭鹏泽晨辰树德行时泰盛雄钧冠策腾航弘')
F_GIVEN = ('秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱霞香月媛艳瑞佳嘉琼'
           '勤珍莉桂叶璐琦晶妍茜秋珊锦青倩婷婉娴瑾颖露瑶怡雁蓓丹蓉琴蕊薇菁岚馨韵')
USED_NAMES = set()


def person_name(gender):
    for _ in range(200):
        given = M_GIVEN if gender == 'M' else F_GIVEN
        n = rng.choice(SURNAMES) + ''.join(rng.choice(given) for _ in range(2 if rng.random() < 0.72 else 1))
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n
    return n


ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
COUNTY_CODES = ['690402', '690421', '690422', '690423', '690424']


def id_number(gender, birth_year, area=None):
    """An 18-character identity number of the GB 11643 form (fictional area code 69xxxx)."""
    area = area or rng.choice(COUNTY_CODES)
    born = date(birth_year, 1, 1) + timedelta(days=rng.randint(0, 364))
    seq = rng.randint(0, 99) * 10 + (rng.choice([1, 3, 5, 7, 9]) if gender == 'M' else rng.choice([0, 2, 4, 6, 8]))
    body = area + born.strftime('%Y%m%d') + '%03d' % seq
    check = '10X98765432'[sum(int(c) * w for c, w in zip(body, ID_WEIGHTS)) % 11]
    return body + check


CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(area):
    """A 统一社会信用代码 of the GB 32100 form, with a correct check character."""
    body = '91' + area + ''.join(rng.choice(CREDIT_CHARS[:10] + 'ABCDEFGHJKLMN') for _ in range(9))
    total = sum(CREDIT_CHARS.index(c) * w for c, w in zip(body, CREDIT_WEIGHTS))
    return body + CREDIT_CHARS[(31 - total % 31) % 31]


# ----------------------------------------------------------------------------------------
# Persons
# ----------------------------------------------------------------------------------------

PERSON = {}
_pseq = [0]
BIRTH = {'city': (1962, 1978), 'county': (1964, 1983), 'township': (1970, 1989), 'village': (1958, 1986),
         'talent': (1972, 1990), 'private': (1950, 1995), 'business': (1960, 1988), 'household': (1940, 1985)}


def new_person(tier='private', name=None, gender=None, birth_year=None, party=None, pid=None, idnum=None):
    if pid is None:
        _pseq[0] += 1
        pid = 'PER-%04d' % _pseq[0]
    gender = gender or ('M' if rng.random() < (0.78 if tier in ('city', 'county', 'township', 'village') else 0.55)
                        else 'F')
    birth_year = birth_year or rng.randint(*BIRTH[tier])
    if party is None:
        party = tier in ('city', 'county', 'township', 'village', 'talent') or rng.random() < 0.2
    if name is None:
        name = person_name(gender)
    else:
        USED_NAMES.add(name)
    if idnum is None:
        idnum = rng.random() < 0.5
    row = add('persons.csv', id=pid, name=name, gender=gender, birth_year=birth_year, party_member=party,
              id_number=id_number(gender, birth_year) if idnum else None)
    PERSON[pid] = row
    return pid


POS = []
POS_BY_ORG = defaultdict(list)
POS_BY_PERSON = defaultdict(list)


def position(pid, org, title, start, end=None, rank=None, leader=False, head=False):
    p = add('positions.csv', person_id=pid, org_id=org, title=title, start_date=start, end_date=end,
            rank=rank, is_leader=leader, is_head=head)
    POS.append(p)
    POS_BY_ORG[org].append(p)
    POS_BY_PERSON[pid].append(p)
    return p


def head_on(org, day):
    for p in POS_BY_ORG[org]:
        if p['is_head'] and holds(p, day):
            return p['person_id']
    return None


def leaders_on(org, day):
    out = []
    for p in POS_BY_ORG[org]:
        if p['is_leader'] and holds(p, day) and p['person_id'] not in out:
            out.append(p['person_id'])
    return out


def staff_on(org, day):
    out = []
    for p in POS_BY_ORG[org]:
        if holds(p, day) and p['person_id'] not in out:
            out.append(p['person_id'])
    return out


# ----------------------------------------------------------------------------------------
# Regions and organizations
# ----------------------------------------------------------------------------------------

REGION = {}
ORG = {}
ORG_META = {}


def region(rid, name, level, code, parent):
    REGION[rid] = add('regions.csv', id=rid, name=name, level=level, code=code, parent_id=parent)
    return rid


def org(oid, name, kind, level, parent, sector, region_id, **meta):
    ORG[oid] = add('organizations.csv', id=oid, name=name, kind=kind, level=level, parent_id=parent,
                   sector=sector, region_id=region_id)
    ORG_META[oid] = meta
    return oid


PROV = region('REG-690000', '黔中省', 'PROVINCE', '690000', None)
CITY_REG = region('REG-690400', '黔安市', 'CITY', '690400', PROV)

COUNTIES = [
    # key, name, code, committee short, townships (name, kind: 街道/镇/乡)
    ('AP', '安平区', '690402', '区', ['东城街道', '西城街道', '南山街道', '龙潭镇', '新场镇', '双堡镇']),
    ('QX', '清溪县', '690421', '县', ['清溪镇', '白马镇', '太平镇', '落水乡', '长坪乡', '沙坝乡']),
    ('SM', '石门县', '690422', '县', ['石门镇', '石板乡', '龙井镇', '茶山镇', '大寨乡', '牛场乡']),
    ('BY', '白岩县', '690423', '县', ['白岩镇', '岩脚镇', '猫场镇', '马鞍乡', '鸡场乡', '鸭池乡']),
    ('LQ', '龙泉县', '690424', '县', ['龙泉镇', '凤凰镇', '金竹镇', '桃园乡', '水塘乡', '松林乡']),
]
COUNTY_NAME = {c[0]: c[1] for c in COUNTIES}
VIL_A = '龙石白青岩坪田坝寨岭冲湾沟河山水桥花竹松杨柳新红光明和平安兴凤马牛羊鸡金银高大小上下中前后东西南北黄' \
        '茶桃李梨杉枫泉塘堡营屯场关'
VIL_B = '坪田坝寨岭冲湾沟河山桥林庄屯堡营湖塘溪井窝坡垭场口头园'
# villages that stories need by name: (county, township index, village index) -> name
STORY_VILLAGES = {('SM', 2, 3): '赵家湾村', ('BY', 4, 2): '罗家寨村', ('SM', 3, 2): '茶园村', ('SM', 4, 1): '岩口村'}
TOWNSHIPS = []  # org ids
VILLAGES = []   # org ids

SW = org('ORG-QA-SW', '中共黔安市委员会', 'PARTY_COMMITTEE', 'CITY', None, None, CITY_REG, key='SW')
CITY_UNITS = [
    # key, name, kind, sector, parent key, head title, deputy title
    ('JW', '中共黔安市纪律检查委员会 黔安市监察委员会', 'DISCIPLINE_BODY', 'OTHER', 'SW', '市纪委书记、市监委主任', '市纪委副书记、市监委副主任'),
    ('ZZB', '中共黔安市委组织部', 'ORG_DEPARTMENT', 'GRASSROOTS', 'SW', '部长', '副部长'),
    ('XCB', '中共黔安市委巡察工作领导小组办公室', 'INSPECTION_OFFICE', 'OTHER', 'SW', '主任', '副主任'),
    ('XFJ', '黔安市信访局', 'DEPARTMENT', 'OTHER', 'SW', '党组书记、局长', '党组成员、副局长'),
    ('SJJ', '黔安市审计局', 'DEPARTMENT', 'FINANCE', 'SW', '党组书记、局长', '党组成员、副局长'),
    ('FGW', '黔安市发展和改革委员会', 'DEPARTMENT', 'OTHER', 'SW', '党组书记、主任', '党组成员、副主任'),
    ('CZJ', '黔安市财政局', 'DEPARTMENT', 'FINANCE', 'SW', '党组书记、局长', '党组成员、副局长'),
    ('JYJ', '黔安市教育局', 'DEPARTMENT', 'EDUCATION', 'SW', '党组书记、局长', '党组成员、副局长'),
    ('WJW', '黔安市卫生健康委员会', 'DEPARTMENT', 'HEALTH', 'SW', '党组书记、主任', '党组成员、副主任'),
    ('SLJ', '黔安市水利局', 'DEPARTMENT', 'WATER', 'SW', '党组书记、局长', '党组成员、副局长'),
    ('MZJ', '黔安市民政局', 'DEPARTMENT', 'CIVIL_AFFAIRS', 'SW', '党组书记、局长', '党组成员、副局长'),
    ('XCZX', '黔安市乡村振兴局', 'DEPARTMENT', 'POVERTY_ALLEVIATION', 'SW', '党组书记、局长', '党组成员、副局长'),
    ('ZRZYJ', '黔安市自然资源局', 'DEPARTMENT', 'LAND_RESOURCES', 'SW', '党组书记、局长', '党组成员、副局长'),
    ('JTJ', '黔安市交通运输局', 'DEPARTMENT', 'TRANSPORT', 'SW', '党组书记、局长', '党组成员、副局长'),
    ('ZJJ', '黔安市住房和城乡建设局', 'DEPARTMENT', 'CONSTRUCTION', 'SW', '党组书记、局长', '党组成员、副局长'),
    ('TYJ', '黔安市体育局', 'DEPARTMENT', 'SPORTS', 'SW', '党组书记、局长', '党组成员、副局长'),
    ('NYJ', '黔安市农业农村局', 'DEPARTMENT', 'AGRICULTURE', 'SW', '党组书记、局长', '党组成员、副局长'),
    ('STHJJ', '黔安市生态环境局', 'DEPARTMENT', 'ENVIRONMENT', 'SW', '党组书记、局长', '党组成员、副局长'),
    ('SKYMJ', '黔安市水库和生态移民局', 'DEPARTMENT', 'WATER', 'SW', '党组书记、局长', '党组成员、副局长'),
    ('CL', '黔安市残疾人联合会', 'OTHER', 'CIVIL_AFFAIRS', 'SW', '党组书记、理事长', '党组成员、副理事长'),
    ('GAJ', '黔安市公安局', 'DEPARTMENT', 'JUDICIAL', 'SW', '党委书记、局长', '党委委员、副局长'),
    ('FY', '黔安市中级人民法院', 'OTHER', 'JUDICIAL', 'SW', '党组书记、院长', '党组成员、副院长'),
    ('JCY', '黔安市人民检察院', 'OTHER', 'JUDICIAL', 'SW', '党组书记、检察长', '党组成员、副检察长'),
    ('CT', '黔安市城市建设投资集团有限公司', 'STATE_ENTERPRISE', 'STATE_ENTERPRISE', 'SW', '党委书记、董事长', '党委副书记、总经理'),
    ('SWT', '黔安市水务投资有限责任公司', 'STATE_ENTERPRISE', 'STATE_ENTERPRISE', 'SW', '党委书记、董事长', '总经理'),
    ('JTLY', '黔安市交通旅游投资集团有限公司', 'STATE_ENTERPRISE', 'STATE_ENTERPRISE', 'SW', '党委书记、董事长', '总经理'),
    ('TDCB', '黔安市土地储备中心', 'PUBLIC_INSTITUTION', 'LAND_RESOURCES', 'ZRZYJ', '主任', '副主任'),
    ('RMYY', '黔安市人民医院', 'PUBLIC_INSTITUTION', 'HEALTH', 'WJW', '党委书记、院长', '副院长'),
    ('ZYXY', '黔安职业技术学院', 'PUBLIC_INSTITUTION', 'EDUCATION', 'JYJ', '党委书记、院长', '副院长'),
    ('TYZX', '黔安市体育中心', 'PUBLIC_INSTITUTION', 'SPORTS', 'TYJ', '主任', '副主任'),
]
for key, name, kind, sector, parent, head_t, dep_t in CITY_UNITS:
    org('ORG-QA-' + key, name, kind, 'CITY', 'ORG-QA-' + parent, sector, CITY_REG, key=key, head=head_t,
        deputy=dep_t)

COUNTY_UNITS = [
    ('JW', '纪律检查委员会 {c}监察委员会', 'DISCIPLINE_BODY', 'OTHER', 'XW', '{s}纪委书记、{s}监委主任', '{s}纪委副书记'),
    ('ZZB', '委组织部', 'ORG_DEPARTMENT', 'GRASSROOTS', 'XW', '部长', '副部长'),
    ('XCB', '委巡察工作领导小组办公室', 'INSPECTION_OFFICE', 'OTHER', 'XW', '主任', '副主任'),
    ('JYJ', '教育局', 'DEPARTMENT', 'EDUCATION', 'XW', '党组书记、局长', '党组成员、副局长'),
    ('WJJ', '卫生健康局', 'DEPARTMENT', 'HEALTH', 'XW', '党组书记、局长', '党组成员、副局长'),
    ('SLJ', '水利局', 'DEPARTMENT', 'WATER', 'XW', '党组书记、局长', '党组成员、副局长'),
    ('MZJ', '民政局', 'DEPARTMENT', 'CIVIL_AFFAIRS', 'XW', '党组书记、局长', '党组成员、副局长'),
    ('XCZX', '乡村振兴局', 'DEPARTMENT', 'POVERTY_ALLEVIATION', 'XW', '党组书记、局长', '党组成员、副局长'),
    ('ZRZYJ', '自然资源局', 'DEPARTMENT', 'LAND_RESOURCES', 'XW', '党组书记、局长', '党组成员、副局长'),
    ('JTJ', '交通运输局', 'DEPARTMENT', 'TRANSPORT', 'XW', '党组书记、局长', '党组成员、副局长'),
    ('CZJ', '财政局', 'DEPARTMENT', 'FINANCE', 'XW', '党组书记、局长', '党组成员、副局长'),
    ('ZJJ', '住房和城乡建设局', 'DEPARTMENT', 'CONSTRUCTION', 'XW', '党组书记、局长', '党组成员、副局长'),
    ('TDCB', '土地储备中心', 'PUBLIC_INSTITUTION', 'LAND_RESOURCES', 'ZRZYJ', '主任', '副主任'),
]
COUNTY_REG = {}
for ck, cname, ccode, short, towns in COUNTIES:
    creg = region('REG-' + ccode, cname, 'COUNTY', ccode, CITY_REG)
    COUNTY_REG[ck] = creg
    xw = org('ORG-%s-XW' % ck, '中共%s委员会' % cname, 'PARTY_COMMITTEE', 'COUNTY', SW, None, creg, key='XW',
             county=ck, head='%s委书记' % short, deputy='%s委副书记' % short)
    for key, name, kind, sector, parent, head_t, dep_t in COUNTY_UNITS:
        if key == 'JW':
            full = '中共%s纪律检查委员会 %s监察委员会' % (cname, cname)
        elif key in ('ZZB', 'XCB'):
            full = '中共%s%s' % (cname[:-1] + short, name)
        else:
            full = cname + name
        org('ORG-%s-%s' % (ck, key), full, kind, 'COUNTY', 'ORG-%s-%s' % (ck, parent), sector, creg, key=key,
            county=ck, head=head_t.format(s=short), deputy=dep_t.format(s=short))
    if ck == 'AP':
        org('ORG-AP-CT', '安平区城市开发投资有限公司', 'STATE_ENTERPRISE', 'COUNTY', xw, 'STATE_ENTERPRISE', creg,
            key='CT', county=ck, head='党支部书记、董事长', deputy='总经理')
    vcount = 0
    for ti, tname in enumerate(towns, start=1):
        kind_code = 0 if tname.endswith('街道') else (100 if tname.endswith('镇') else 200)
        tcode = ccode + '%03d' % (kind_code + ti)
        treg = region('REG-' + tcode, tname, 'TOWNSHIP', tcode, creg)
        suffix = '街道工委' if tname.endswith('街道') else '委员会'
        oname = '中共%s%s%s' % (cname, tname, suffix if suffix == '街道工委' else '委员会')
        oid = org('ORG-%s-T%02d' % (ck, ti), oname, 'PARTY_COMMITTEE', 'TOWNSHIP', xw, 'GRASSROOTS', treg,
                  key='T', county=ck, township=ti, tname=tname,
                  head='党工委书记' if tname.endswith('街道') else '党委书记',
                  deputy='党工委副书记、办事处主任' if tname.endswith('街道') else
                  ('党委副书记、镇长' if tname.endswith('镇') else '党委副书记、乡长'))
        TOWNSHIPS.append(oid)
        nvil = 7 if (len(TOWNSHIPS) <= 20) else 6
        used = set()
        for vi in range(1, nvil + 1):
            vname = STORY_VILLAGES.get((ck, ti, vi))
            while vname is None or (vname in used and (ck, ti, vi) not in STORY_VILLAGES):
                vname = rng.choice(VIL_A) + rng.choice(VIL_B) + ('社区' if tname.endswith('街道') else '村')
                if vname in used or vname in STORY_VILLAGES.values():
                    vname = None
            used.add(vname)
            vcode = tcode + '%03d' % ((0 if vname.endswith('社区') else 200) + vi)
            vreg = region('REG-' + vcode, vname, 'VILLAGE', vcode, treg)
            vo = org('ORG-%s-T%02d-V%02d' % (ck, ti, vi),
                     '%s%s%s党%s' % (cname, tname, vname, '总支部' if rng.random() < 0.3 else '支部'),
                     'VILLAGE', 'VILLAGE', oid, 'GRASSROOTS', vreg, key='V', county=ck, township=ti, vname=vname,
                     head='党支部书记', deputy='村委会主任')
            VILLAGES.append(vo)
            vcount += 1
# hamlets (屯/组) of the story village 赵家湾村
ZJW_REG = ORG['ORG-SM-T02-V03']['region_id']
for i, g in enumerate(['一组', '二组', '三组', '四组'], start=1):
    region('REG-%s-%02d' % (REGION[ZJW_REG]['code'], i), '赵家湾' + g, 'HAMLET', None, ZJW_REG)


def O(key):
    return 'ORG-QA-' + key


def county_of(oid):
    """The county key of an organization (None for city-level ones)."""
    return ORG_META[oid].get('county')


def short_name(oid):
    m = ORG_META[oid]
    if ORG[oid]['kind'] == 'DISCIPLINE_BODY':
        return (COUNTY_NAME[m['county']] if m.get('county') else '黔安市') + '纪委监委'
    if m.get('key') == 'V':
        return m['vname']
    if m.get('key') == 'T':
        return m['tname']
    return ORG[oid]['name'].replace('中共', '').replace('委员会', '委')


def org_label(oid):
    """A readable label for a finding title: county + short name."""
    m = ORG_META[oid]
    if m.get('key') == 'V':
        return '%s%s%s' % (COUNTY_NAME[m['county']], ORG_META[ORG[oid]['parent_id']]['tname'], m['vname'])
    if m.get('key') == 'T':
        return COUNTY_NAME[m['county']] + m['tname']
    return short_name(oid)


# ----------------------------------------------------------------------------------------
# Positions: background slots with tenures and rotation at the change points
# ----------------------------------------------------------------------------------------

CP_GOV = [d('2016-11-15'), d('2019-03-20'), d('2021-11-10'), d('2024-03-15')]
CP_VIL = [d('2017-01-12'), d('2021-01-15')]
# organizations (or single slots) whose leadership the stories write by hand
STORY_ORGS = {O('SKYMJ'), O('TYJ'), O('CL'), 'ORG-BY-TDCB', 'ORG-SM-T02-V03', 'ORG-BY-T04-V02'}
SLOTS = []


def slot(oid, title, rank, leader, head, tier, cps, p, retire=None):
    SLOTS.append(dict(org=oid, title=title, rank=rank, leader=leader, head=head, tier=tier, cps=cps, p=p,
                      retire=retire, tenures=[]))


TALENT = {  # extra non-leader posts at the units that supply inspectors (人才库)
    'JW': [('第一监督检查室主任', '纪检'), ('第三监督检查室副主任', '纪检'), ('案件审理室副主任', '纪检')],
    'ZZB': [('干部一科科长', '组织'), ('组织科副科长', '组织')],
    'SJJ': [('财政审计科科长', '审计'), ('经济责任审计科科长', '审计'), ('固定资产投资审计科副科长', '审计')],
    'CZJ': [('会计科科长', '财务'), ('国库科副科长', '财务')],
    'ZJJ': [('建设工程质量安全监督站站长', '工程')],
    'ZRZYJ': [('国土空间规划科科长', '工程规划')],
    'XCB': [('一级主任科员', '综合'), ('四级调研员', '宣传')],
}
COUNTY_TALENT = {
    'JW': [('第一纪检监察室主任', '纪检'), ('第二纪检监察室副主任', '纪检'), ('案件审理室主任', '纪检')],
    'ZZB': [('干部股股长', '组织'), ('组织股股长', '组织')],
    'CZJ': [('会计股股长', '财务'), ('预算股股长', '财务')],
    'ZJJ': [('质量安全监督站站长', '工程')],
    'XCB': [('四级主任科员', '综合')],
}
SPECIALTY = {}  # (org, title) -> specialty

for oid in list(ORG):
    m = ORG_META[oid]
    if oid in STORY_ORGS:
        continue
    key, lvl = m.get('key'), ORG[oid]['level']
    if lvl == 'CITY':
        tier = 'city'
        if key == 'SW':
            slot(oid, '市委书记', 1, True, True, tier, CP_GOV, 0.3)
            slot(oid, '市委副书记', 2, True, False, tier, CP_GOV, 0.3)
            slot(oid, '市委常委、秘书长', 3, True, False, tier, CP_GOV, 0.3)
            continue
        slot(oid, m['head'], 1, True, True, tier, CP_GOV, 0.3)
        slot(oid, m['deputy'], 2, True, False, tier, CP_GOV, 0.3)
        if key in ('JW', 'CZJ', 'JTJ', 'ZJJ', 'SLJ', 'XCZX', 'JYJ', 'WJW', 'MZJ'):
            slot(oid, m['deputy'], 3, True, False, tier, CP_GOV, 0.3)
        for title, spec in TALENT.get(key, []):
            slot(oid, title, 4, False, False, 'talent', CP_GOV, 0.25)
            SPECIALTY[(oid, title)] = spec
        if key == 'XCB':
            # the leader pool (组长库): inspection commissioners
            for i in range(5):
                slot(oid, '市委巡察专员', 3, False, False, 'talent', CP_GOV, 0.2)
            SPECIALTY[(oid, '市委巡察专员')] = '综合'
    elif lvl == 'COUNTY':
        tier = 'county'
        short = '区' if m['county'] == 'AP' else '县'
        if key == 'XW':
            slot(oid, m['head'], 1, True, True, tier, CP_GOV, 0.35)
            slot(oid, '%s委副书记、%s长' % (short, short), 2, True, False, tier, CP_GOV, 0.35)
            continue
        slot(oid, m['head'], 1, True, True, tier, CP_GOV, 0.25)
        if key in ('SLJ', 'XCZX', 'ZRZYJ', 'JTJ', 'JW', 'JYJ'):
            slot(oid, m['deputy'], 2, True, False, tier, CP_GOV, 0.25)
        for title, spec in COUNTY_TALENT.get(key, []):
            slot(oid, title, 4, False, False, 'talent', CP_GOV, 0.25)
            SPECIALTY[(oid, title)] = spec
        if key == 'XCB':
            for i in range(4):
                slot(oid, '%s委巡察专员' % short, 3, False, False, 'talent', CP_GOV, 0.2)
            SPECIALTY[(oid, '%s委巡察专员' % short)] = '综合'
    elif lvl == 'TOWNSHIP':
        slot(oid, m['head'], 1, True, True, 'township', CP_GOV, 0.35)
        slot(oid, m['deputy'], 2, True, False, 'township', CP_GOV, 0.35)
    else:
        slot(oid, '村党支部书记', 1, True, True, 'village', CP_VIL, 0.1)
        r = rng.random()
        if r < 0.09:
            slot(oid, '村民委员会主任', 2, True, False, 'village', [d('2021-01-15')], 1.0, retire=d('2021-01-15'))
        elif r < 0.15:
            slot(oid, '村文书', 3, False, False, 'village', CP_VIL, 0.2)


def fill_slots():
    # first holders
    for s in SLOTS:
        start = between(d('2009-01-01'), d('2016-06-30'))
        if s['tier'] == 'talent':
            start = between(d('2012-01-01'), d('2016-10-31'))
        s['tenures'].append([new_person(s['tier'] if s['tier'] != 'talent' else 'talent'), start, None])
    points = sorted({cp for s in SLOTS for cp in s['cps']})
    for cp in points:
        outgoing, opened = [], []
        for s in SLOTS:
            if cp not in s['cps'] or s['tenures'][-1][2] is not None:
                continue
            if s['retire'] == cp:
                s['tenures'][-1][2] = plus(cp, -1)
                continue
            if rng.random() < s['p']:
                s['tenures'][-1][2] = plus(cp, -1 - rng.randint(0, 10))
                outgoing.append((s['tenures'][-1][0], s))
                opened.append(s)
        rng.shuffle(opened)
        for s in opened:
            start = plus(cp, rng.randint(0, 20))
            pick = None
            if s['tier'] not in ('village',) and rng.random() < 0.75:
                for i, (pid, old) in enumerate(outgoing):
                    if old['org'] == s['org'] or old['tier'] == 'village':
                        continue
                    ok = (old['tier'] == s['tier'] and (old['head'] or not s['head'])) or \
                         (old['tier'] == 'township' and s['tier'] == 'county' and not s['head']) or \
                         (old['tier'] == 'county' and s['tier'] == 'city' and not s['head'] and old['head']) or \
                         (old['tier'] == 'talent' and s['tier'] == 'talent')
                    if ok:
                        pick = i
                        break
            if pick is not None:
                pid = outgoing.pop(pick)[0]
            else:
                pid = new_person(s['tier'])
            title = s['title']
            if s['tier'] == 'village' and cp == d('2021-01-15') and s['head']:
                title = '村党支部书记、村民委员会主任'  # 一肩挑 after the 2021 election
            s['tenures'].append([pid, start, None, title])
    for s in SLOTS:
        for t in s['tenures']:
            title = t[3] if len(t) > 3 else s['title']
            position(t[0], s['org'], title, t[1], t[2], s['rank'], s['leader'], s['head'])


fill_slots()


# ----------------------------------------------------------------------------------------
# Story people and their positions (written by hand; see stories.md)
# ----------------------------------------------------------------------------------------

S = {}  # story handles -> ids


def sp(handle, name, gender, birth, tier='city', party=True, idnum=True):
    S[handle] = new_person(tier, name=name, gender=gender, birth_year=birth, party=party,
                           pid='PER-' + handle, idnum=idnum)
    return S[handle]


# S1 白岩县土地储备中心: 杨某某 collects land-transfer fees on his own account (seed 000)
tdcb = 'ORG-BY-TDCB'
p = new_person('county')
position(p, tdcb, '主任', d('2010-05-04'), d('2021-12-20'), 1, True, True)
position(new_person('county'), tdcb, '主任', d('2022-01-05'), None, 1, True, True)
sp('S1-YANG', '杨某某', 'M', 1972, 'county')
position(S['S1-YANG'], tdcb, '副主任', d('2012-03-01'), d('2019-06-10'), 2, True, False)
position(new_person('county'), tdcb, '副主任', d('2019-08-01'), None, 2, True, False)

# S3 市水库和生态移民局: collective improper allowances by the leadership team (seed 004)
sk = O('SKYMJ')
position(new_person('city'), sk, '党组书记、局长', d('2011-06-01'), d('2016-07-31'), 1, True, True)
sp('S3-CHEN', '陈某某', 'M', 1966)
position(S['S3-CHEN'], sk, '党组书记、局长', d('2016-08-01'), d('2022-09-30'), 1, True, True)
position(new_person('city'), sk, '党组书记、局长', d('2022-10-10'), None, 1, True, True)
sp('S3-XU', '许某某', 'M', 1970)
position(S['S3-XU'], sk, '党组成员、副局长', d('2015-04-01'), None, 2, True, False)
sp('S3-CAO', '曹某某', 'F', 1975)
position(S['S3-CAO'], sk, '党组成员、副局长', d('2018-03-12'), None, 2, True, False)
sp('S3-HUANG', '黄某某', 'M', 1961)
position(S['S3-HUANG'], sk, '党组成员、副局长', d('2013-02-01'), d('2021-12-31'), 2, True, False)
sp('S3-XIE', '谢某某', 'M', 1973)
position(S['S3-XIE'], sk, '党组成员、总工程师', d('2019-05-06'), None, 3, True, False)
sp('S3-HAN', '韩某某', 'F', 1980)
position(S['S3-HAN'], sk, '计划财务科科长', d('2014-09-01'), None, 4, False, False)
# a fifth leader who joined shortly before the finding and is not implicated: 3 of 5 = 60 %
sp('S3-NEW', '彭某', 'M', 1979)
position(S['S3-NEW'], sk, '党组成员、副局长', d('2022-03-01'), None, 2, True, False)

# S3 near miss 市残联: three of seven leaders implicated (below the 50 % share)
cl = O('CL')
sp('S3N-LI', '李某某', 'M', 1967)
position(S['S3N-LI'], cl, '党组书记、理事长', d('2015-01-05'), None, 1, True, True)
CL_DEP = []
for i, nm in enumerate(['蒋某某', '潘某某', '蔡某某', '余某某']):
    h = 'S3N-D%d' % (i + 1)
    sp(h, nm, 'M' if i % 2 == 0 else 'F', 1968 + i * 2)
    position(S[h], cl, '党组成员、副理事长', d('2016-03-01') + timedelta(days=200 * i), None, 2, True, False)
    CL_DEP.append(S[h])
position(new_person('city'), cl, '党组成员、纪检组长', d('2018-06-01'), None, 3, True, False)
position(new_person('city'), cl, '党组成员、机关党委书记', d('2017-09-01'), None, 3, True, False)

# S4 市体育局: the whole leadership team and the section chiefs (seed 004, 塌方式腐败)
ty = O('TYJ')
position(new_person('city'), ty, '党组书记、局长', d('2010-09-01'), d('2016-05-09'), 1, True, True)
sp('S4-HE', '何某某', 'M', 1965)
position(S['S4-HE'], ty, '党组书记、局长', d('2016-05-10'), d('2023-10-31'), 1, True, True)
position(new_person('city'), ty, '党组书记、局长', d('2023-11-10'), None, 1, True, True)
position(new_person('city'), ty, '党组成员、副局长', d('2011-03-01'), d('2017-02-28'), 2, True, False)
sp('S4-ZHANG', '张某某', 'M', 1969)
position(S['S4-ZHANG'], ty, '党组成员、副局长', d('2017-03-01'), d('2023-10-31'), 2, True, False)
position(new_person('city'), ty, '党组成员、副局长', d('2012-06-01'), d('2018-08-14'), 2, True, False)
sp('S4-SUN', '孙某某', 'M', 1974)
position(S['S4-SUN'], ty, '党组成员、副局长', d('2018-08-15'), d('2024-03-28'), 2, True, False)
position(new_person('city'), ty, '党组成员、副局长', d('2024-04-15'), None, 2, True, False)
position(new_person('city'), ty, '党组成员、副局长', d('2023-12-01'), None, 2, True, False)
sp('S4-QIAN', '钱某某', 'F', 1971)
position(S['S4-QIAN'], ty, '党组成员、派驻纪检组长', d('2019-04-01'), d('2024-06-30'), 3, True, False)
for h, nm, title, start in [('S4-HU', '胡某', '办公室主任', '2015-03-01'), ('S4-GUO', '郭某', '计划财务科科长', '2014-07-01'),
                            ('S4-MA', '马某', '群众体育科科长', '2017-05-01'), ('S4-LIN', '林某', '竞技体育科科长', '2016-10-01')]:
    sp(h, nm, 'M' if h != 'S4-MA' else 'F', 1978 + len(h))
    position(S[h], ty, title, d(start), d('2024-04-30') if h in ('S4-GUO', 'S4-HU') else None, 4, False, False)
sp('S4-HE-WIFE', '彭某某', 'F', 1968, 'private', party=False)

# S2 石门县石板乡赵家湾村: the road 200 m short, paid in full (seed 002)
zjw = 'ORG-SM-T02-V03'
position(new_person('village'), zjw, '村党支部书记', d('2008-02-01'), d('2013-12-31'), 1, True, True)
sp('S2-ZHAO', '赵某某', 'M', 1966, 'village')
position(S['S2-ZHAO'], zjw, '村党支部书记', d('2014-01-10'), d('2021-01-14'), 1, True, True)
position(new_person('village'), zjw, '村党支部书记、村民委员会主任', d('2021-01-15'), None, 1, True, True)
sp('S2-LI', '李某某', 'M', 1971, 'village')
position(S['S2-LI'], zjw, '村民委员会主任', d('2016-01-20'), d('2021-01-14'), 2, True, False)
sp('S2-SHEN', '沈某某', 'F', 1982, 'village')
position(S['S2-SHEN'], zjw, '村文书', d('2015-03-01'), None, 3, False, False)

# S5 白岩县马鞍乡罗家寨村: the secretary's relatives on the minimum-living-allowance roll
ljz = 'ORG-BY-T04-V02'
sp('S5-LUO', '罗某某', 'M', 1964, 'village')
position(S['S5-LUO'], ljz, '村党支部书记', d('2011-03-01'), d('2020-09-15'), 1, True, True)
position(new_person('village'), ljz, '村党支部书记', d('2020-09-16'), d('2021-01-14'), 1, True, True)
position(new_person('village'), ljz, '村党支部书记、村民委员会主任', d('2021-01-15'), None, 1, True, True)
position(new_person('village'), ljz, '村文书', d('2016-04-01'), None, 3, False, False)
sp('S5-WU', '吴某某', 'F', 1966, 'household', party=False)
sp('S5-BRO', '罗某军', 'M', 1969, 'household', party=False)
sp('S5-DAU', '罗某芳', 'F', 1990, 'household', party=False)
sp('S5-INLAW', '杨某兰', 'F', 1971, 'household', party=False)

# S6 龙泉县水利局: a deputy director whose wife owns the contractor
sp('S6-WANG', '王某某', 'M', 1970, 'county')
position(S['S6-WANG'], 'ORG-LQ-SLJ', '党组成员、副局长', d('2016-03-01'), d('2023-02-28'), 2, True, False)
sp('S6-WIFE', '陈某英', 'F', 1972, 'business', party=False)

# S8 清溪县乡村振兴局: a deputy director named by leads of the city and of the county
sp('S8-DENG', '邓某某', 'M', 1968, 'county')
position(S['S8-DENG'], 'ORG-QX-XCZX', '党组成员、副局长', d('2017-02-15'), d('2023-01-10'), 2, True, False)

# S10 inspector conflict: 刘某某 left the city transport bureau for the inspection office in 2020
sp('S10-LIU', '刘某某', 'M', 1969)
position(S['S10-LIU'], O('JTJ'), '党组成员、副局长', d('2014-05-06'), d('2020-06-29'), 2, True, False)
position(S['S10-LIU'], O('XCB'), '市委巡察专员', d('2020-06-30'), None, 3, False, False)
SPECIALTY[(O('XCB'), '市委巡察专员')] = '综合'
# near miss: 吴某某 left the health commission more than five years before the round
sp('S10-WU', '吴某某', 'F', 1970)
position(S['S10-WU'], O('WJW'), '党组成员、副主任', d('2010-03-01'), d('2016-12-31'), 3, True, False)
position(S['S10-WU'], O('SJJ'), '党组成员、副局长', d('2017-01-01'), None, 3, True, False)

# S11 sanction ignored: 周某某 keeps his post after being removed from it
sp('S11-ZHOU', '周某某', 'M', 1973, 'township')
position(S['S11-ZHOU'], 'ORG-LQ-T02', '党委副书记', d('2015-06-01'), d('2019-03-19'), 2, True, False)
# near miss: 冯某某 leaves within a week of the sanction
sp('S11N-FENG', '冯某某', 'M', 1976, 'township')
position(S['S11N-FENG'], 'ORG-AP-T04', '党委委员、副镇长', d('2016-02-01'), d('2018-12-05'), 3, True, False)

STORY_PERSONS = set(S.values())

# ----------------------------------------------------------------------------------------
# Terms, rounds, teams
# ----------------------------------------------------------------------------------------

TERM = {}


def term(tid, name, committee, start, end):
    TERM[tid] = add('terms.csv', id=tid, name=name, committee_id=committee, start_date=d(start), end_date=d(end))
    return tid


term('TERM-QA-6', '中共黔安市第六届委员会(2016—2021)', SW, '2016-09-20', '2021-09-19')
term('TERM-QA-7', '中共黔安市第七届委员会(2021—2026)', SW, '2021-09-20', '2026-09-19')
COUNTY_TERM_DATES = {'AP': ('2016-09-26', '2021-09-25'), 'QX': ('2016-10-10', '2021-10-09'),
                     'SM': ('2016-10-12', '2021-10-11'), 'BY': ('2016-09-28', '2021-09-27'),
                     'LQ': ('2016-10-08', '2021-10-07')}
for ck, cname, ccode, short, towns in COUNTIES:
    s1, e1 = COUNTY_TERM_DATES[ck]
    e2 = str(date(int(e1[:4]) + 5, int(e1[5:7]), int(e1[8:])))
    term('TERM-%s-1' % ck, '中共%s第十三届委员会(2016—2021)' % cname, 'ORG-%s-XW' % ck, s1, e1)
    term('TERM-%s-2' % ck, '中共%s第十四届委员会(2021—2026)' % cname, 'ORG-%s-XW' % ck,
         str(plus(d(e1), 1)), e2)

ROUND = {}
TEAM = {}
TEAM_TARGETS = defaultdict(list)
TEAM_MEMBERS = defaultdict(list)
BUSY = defaultdict(list)  # person -> [(start, end)]
CN_NUM = '零一二三四五六七八九十'
TYPE_ZH = {'REGULAR': '常规巡察', 'SPECIAL': '专项巡察', 'TARGETED': '机动巡察', 'ESCALATED': '提级巡察',
           'CROSS': '交叉巡察', 'JOINT': '联动巡察', 'LOOKBACK': '巡察“回头看”', 'VILLAGE': '巡村'}


def cn(n):
    return CN_NUM[n] if n <= 10 else '十' + CN_NUM[n - 10]


def rnd(rid, committee, term_id, number, rtype, start, end, sector=None, label=None):
    short = ORG[committee]['name'].replace('中共', '').replace('委员会', '委')
    tname = TERM[term_id]['name']
    name = '%s%s第%s轮巡察' % (short, tname[tname.index('第'):tname.index('届') + 1], cn(number))
    if label:
        name += '(%s)' % label
    elif rtype != 'REGULAR':
        name += '(%s)' % TYPE_ZH[rtype]
    ROUND[rid] = add('rounds.csv', id=rid, name=name, committee_id=committee, type=rtype,
                     term=tname[tname.index('(') + 1:-1], term_id=term_id, number=number, start_date=d(start),
                     end_date=d(end), sector=sector)
    return rid


def team(rid, number, targets, name=None):
    r = ROUND[rid]
    tid = 'TEAM-%s-%d' % (rid[4:], number)
    if name is None:
        short = ORG[r['committee_id']]['name'].replace('中共', '').replace('委员会', '委')
        name = '%s第%s巡察组' % (short, cn(number))
        if r['type'] == 'JOINT':
            name += '(联动)'
    TEAM[tid] = add('teams.csv', id=tid, round_id=rid, name=name)
    for o in targets:
        assert o in ORG, o
        TEAM_TARGETS[tid].append(o)
        add('team_targets.csv', team_id=tid, org_id=o)
    return tid


def Q(*keys):
    return [O(k) for k in keys]


def vil(ck, t, v):
    return 'ORG-%s-T%02d-V%02d' % (ck, t, v)


# city rounds: (id, term, number, type, start, end, sector, label, teams)
CITY_ROUNDS = [
    ('RND-QA-6-01', 'TERM-QA-6', 1, 'REGULAR', '2017-03-13', '2017-05-19', None, None,
     [Q('JYJ', 'ZYXY', 'FGW'), Q('WJW', 'RMYY', 'SWT'), Q('SLJ', 'ZRZYJ', 'TDCB')]),
    ('RND-QA-6-02', 'TERM-QA-6', 2, 'REGULAR', '2017-09-11', '2017-11-17', None, None,
     [Q('MZJ', 'XFJ', 'GAJ'), Q('CZJ', 'SJJ', 'CT'), Q('JTJ', 'ZJJ')]),
    ('RND-QA-6-03', 'TERM-QA-6', 3, 'SPECIAL', '2018-04-09', '2018-06-15', 'POVERTY_ALLEVIATION', '扶贫领域专项巡察',
     [Q('XCZX', 'NYJ'), Q('CL', 'SKYMJ')]),
    ('RND-QA-6-04', 'TERM-QA-6', 4, 'ESCALATED', '2019-03-18', '2019-05-24', None, '提级巡察·市级直巡',
     [['ORG-BY-TDCB', 'ORG-BY-ZRZYJ', 'ORG-BY-T01', vil('BY', 1, 1), vil('BY', 1, 2), vil('BY', 1, 3)],
      ['ORG-LQ-XCZX', 'ORG-LQ-T03', vil('LQ', 3, 1), vil('LQ', 3, 2)]]),
    ('RND-QA-6-05', 'TERM-QA-6', 5, 'CROSS', '2019-09-09', '2019-11-15', None, '县区交叉巡察', None),
    ('RND-QA-6-06', 'TERM-QA-6', 6, 'REGULAR', '2020-04-13', '2020-06-19', None, None,
     [Q('TYJ', 'TYZX', 'STHJJ'), Q('FY', 'JCY', 'JTLY'), Q('ZZB', 'JW', 'XCB')]),
    ('RND-QA-6-07', 'TERM-QA-6', 7, 'LOOKBACK', '2020-09-07', '2020-11-06', None, None,
     [Q('JYJ', 'WJW', 'SLJ'), Q('JTJ', 'ZJJ')]),
    ('RND-QA-7-01', 'TERM-QA-7', 1, 'REGULAR', '2022-03-07', '2022-05-13', None, None,
     [Q('SKYMJ', 'CL'), Q('JTJ', 'FGW', 'SJJ'), Q('WJW', 'JYJ', 'SLJ')]),
    ('RND-QA-7-02', 'TERM-QA-7', 2, 'JOINT', '2022-09-05', '2022-11-11', 'POVERTY_ALLEVIATION', '市县联动巡察·乡村振兴领域',
     [Q('XCZX', 'NYJ')]),
    ('RND-QA-7-03', 'TERM-QA-7', 3, 'LOOKBACK', '2023-04-10', '2023-06-09', None, None,
     [Q('MZJ', 'CZJ'), Q('ZRZYJ', 'TDCB', 'ZJJ')]),
    ('RND-QA-7-04', 'TERM-QA-7', 4, 'TARGETED', '2023-09-04', '2023-10-27', 'SPORTS', '机动巡察',
     [Q('TYJ', 'TYZX')]),
    ('RND-QA-7-05', 'TERM-QA-7', 5, 'SPECIAL', '2024-04-08', '2024-06-14', 'CONSTRUCTION', '政府投资项目专项巡察',
     [Q('ZJJ', 'CT'), Q('JTLY', 'SWT', 'JTJ')]),
    ('RND-QA-7-06', 'TERM-QA-7', 6, 'REGULAR', '2025-03-10', '2025-05-16', None, None,
     [Q('GAJ', 'FY', 'JCY'), Q('STHJJ', 'ZZB', 'XFJ'), Q('RMYY', 'ZYXY', 'WJW')]),
    ('RND-QA-7-07', 'TERM-QA-7', 7, 'REGULAR', '2026-03-09', '2026-05-15', None, None,
     [Q('XCB', 'FGW'), Q('NYJ', 'SLJ')]),
]
CROSS_PAIRS = [('AP', 'QX', ['JTJ', 'SLJ'], 3), ('QX', 'SM', ['JYJ', 'ZRZYJ'], 4), ('SM', 'BY', ['SLJ', 'JTJ'], 5),
               ('BY', 'LQ', ['JYJ', 'ZJJ'], 4), ('LQ', 'AP', ['MZJ', 'JTJ'], 5)]
TEAM_POOL_COUNTY = {}  # team -> county whose pool supplies the members (cross inspection)
for rid, tid_, num, rtype, start, end, sector, label, teams in CITY_ROUNDS:
    rnd(rid, SW, tid_, num, rtype, start, end, sector, label)
    if rtype == 'CROSS':
        for i, (a, b, deps, town) in enumerate(CROSS_PAIRS, start=1):
            t = team(rid, i, ['ORG-%s-%s' % (b, k) for k in deps] + ['ORG-%s-T%02d' % (b, town)],
                     name='%s交叉巡察组(巡察%s)' % (COUNTY_NAME[a], COUNTY_NAME[b]))
            TEAM_POOL_COUNTY[t] = a
    else:
        for i, targets in enumerate(teams, start=1):
            team(rid, i, targets)

COUNTY_DEPTS = ['JYJ', 'WJJ', 'SLJ', 'MZJ', 'JW', 'ZZB', 'XCZX', 'ZRZYJ', 'JTJ', 'CZJ', 'ZJJ', 'TDCB', 'XCB']
JOINT_PAIRS = []
VILLAGE_SKIPPED = {}
for ck, cname, ccode, short, towns in COUNTIES:
    xw = 'ORG-%s-XW' % ck
    deps = ['ORG-%s-%s' % (ck, k) for k in COUNTY_DEPTS] + (['ORG-AP-CT'] if ck == 'AP' else [])
    tws = ['ORG-%s-T%02d' % (ck, i) for i in range(1, 7)]
    vils = [v for v in VILLAGES if county_of(v) == ck]
    t1, t2 = 'TERM-%s-1' % ck, 'TERM-%s-2' % ck
    r = rnd('RND-%s-1-01' % ck, xw, t1, 1, 'REGULAR', '2017-04-10', '2017-06-16')
    team(r, 1, deps[0:4] + tws[0:1])
    team(r, 2, deps[4:7] + tws[1:3])
    r = rnd('RND-%s-1-02' % ck, xw, t1, 2, 'REGULAR', '2018-04-09', '2018-06-15')
    team(r, 1, deps[7:10] + tws[3:4])
    team(r, 2, deps[10:] + tws[4:6])
    r = rnd('RND-%s-1-03' % ck, xw, t1, 3, 'VILLAGE', '2020-03-16', '2020-05-22', 'GRASSROOTS', '巡村')
    keep = ['ORG-SM-T02-V03', 'ORG-BY-T04-V02', 'ORG-SM-T03-V02', 'ORG-SM-T04-V01']
    skipped = rng.sample([v for v in vils if v not in keep], 2)
    VILLAGE_SKIPPED[ck] = skipped
    for i in range(3):
        team(r, i + 1, [v for v in vils if ORG_META[v]['township'] in (2 * i + 1, 2 * i + 2) and v not in skipped])
    if ck in ('QX', 'SM'):
        r = rnd('RND-%s-2-01' % ck, xw, t2, 1, 'JOINT', '2022-09-05', '2022-11-11', 'POVERTY_ALLEVIATION',
                '市县联动巡察·乡村振兴领域')
        team(r, 1, ['ORG-%s-XCZX' % ck, tws[1]])
        team(r, 2, ['ORG-%s-MZJ' % ck, tws[3]])
        JOINT_PAIRS.append(('RND-QA-7-02', r))
        r = rnd('RND-%s-2-02' % ck, xw, t2, 2, 'REGULAR', '2023-04-10', '2023-06-09')
        pick = ['ORG-%s-%s' % (ck, k) for k in ('JYJ', 'SLJ', 'JTJ', 'ZRZYJ', 'WJJ', 'TDCB')]
        team(r, 1, pick[:3] + tws[0:1])
        team(r, 2, pick[3:] + tws[2:3] + tws[4:5])
        vn = 3
    else:
        r = rnd('RND-%s-2-01' % ck, xw, t2, 1, 'REGULAR', '2022-04-11', '2022-06-17')
        pick = ['ORG-%s-%s' % (ck, k) for k in ('JYJ', 'SLJ', 'JTJ', 'XCZX', 'MZJ', 'ZRZYJ', 'WJJ', 'CZJ')]
        team(r, 1, pick[:4] + tws[0:1])
        team(r, 2, pick[4:] + tws[2:3] + tws[4:5])
        vn = 2
    r = rnd('RND-%s-2-%02d' % (ck, vn), xw, t2, vn, 'VILLAGE', '2024-04-08', '2024-06-14', 'GRASSROOTS', '巡村')
    half = [v for v in vils if ORG_META[v]['township'] in (1, 3, 5) and v != 'ORG-SM-T02-V03']
    team(r, 1, [v for v in half if ORG_META[v]['township'] == 1])
    team(r, 2, [v for v in half if ORG_META[v]['township'] in (3, 5)])
    if ck == 'SM':
        r = rnd('RND-SM-2-04', xw, t2, 4, 'LOOKBACK', '2025-04-07', '2025-05-30')
        team(r, 1, ['ORG-SM-T02', 'ORG-SM-T02-V03', 'ORG-SM-T03-V02', 'ORG-SM-T04-V01'])
for a, b in JOINT_PAIRS:
    add('joint_rounds.csv', round_id=a, partner_round_id=b)

# ---- members: leader pool and talent pool, one authorisation per round, no conflicts -----


def county_ancestor(oid):
    while oid is not None:
        if ORG[oid]['level'] == 'COUNTY':
            return oid
        oid = ORG[oid]['parent_id']
    return None


def conflicted(pid, tid):
    """Rule INSPECTOR_CONFLICT (a) and (c) for a candidate member of a team."""
    r = ROUND[TEAM[tid]['round_id']]
    start = r['start_date']
    lb = date(start.year - 5, start.month, min(start.day, 28))
    targets = TEAM_TARGETS[tid]
    for p in POS_BY_PERSON[pid]:
        if p['org_id'] in targets and p['start_date'] <= start and (p['end_date'] is None or p['end_date'] >= lb):
            return True
        if r['type'] == 'CROSS' and holds(p, start):
            anc = county_ancestor(p['org_id'])
            if anc is not None and any(county_ancestor(t) == anc for t in targets):
                return True
    return False


def busy(pid, r):
    return any(not (r['end_date'] < a or b < r['start_date']) for a, b in BUSY[pid])


def pool(units, day):
    """Persons holding, on the day, a talent or commissioner post or a deputy post at the units."""
    leaders, talent = [], []
    for u in units:
        for p in POS_BY_ORG[u]:
            if not holds(p, day) or p['is_head']:
                continue
            if '巡察专员' in p['title']:
                leaders.append((p['person_id'], '综合'))
            else:
                spec = SPECIALTY.get((u, p['title']))
                if spec is None:
                    spec = {'JW': '纪检', 'ZZB': '组织', 'SJJ': '审计', 'CZJ': '财务', 'ZJJ': '工程',
                            'ZRZYJ': '工程规划', 'XCB': '综合'}[ORG_META[u]['key']]
                talent.append((p['person_id'], spec))
    return leaders, talent


FORCED = {('RND-QA-7-01', 2): [(S['S10-LIU'], 'MEMBER', '综合')],
          ('RND-QA-7-01', 3): [(S['S10-WU'], 'MEMBER', '审计')]}
CITY_POOL_UNITS = Q('XCB', 'JW', 'ZZB', 'SJJ', 'CZJ', 'ZJJ', 'ZRZYJ')


def member(tid, pid, role, spec):
    r = ROUND[TEAM[tid]['round_id']]
    TEAM_MEMBERS[tid].append((pid, role))
    BUSY[pid].append((r['start_date'], r['end_date']))
    add('team_members.csv', team_id=tid, person_id=pid, role=role, specialty=spec,
        authorized_from=r['start_date'], authorized_to=r['end_date'])


def staff_teams():
    for tid, t in TEAM.items():
        r = ROUND[t['round_id']]
        ck = TEAM_POOL_COUNTY.get(tid) or county_of(r['committee_id'])
        units = CITY_POOL_UNITS if ck is None else ['ORG-%s-%s' % (ck, k) for k in ('XCB', 'JW', 'ZZB', 'CZJ', 'ZJJ')]
        leaders, talent = pool(units, r['start_date'])
        num = int(tid.rsplit('-', 1)[1])
        forced = FORCED.get((t['round_id'], num), [])
        for pid, role, spec in forced:
            member(tid, pid, role, spec)
        taken = {f[0] for f in forced}

        def ok(pid):
            return pid not in taken and pid not in (S['S10-LIU'], S['S10-WU']) and not busy(pid, r) \
                and not conflicted(pid, tid)
        lead = [c for c in leaders if ok(c[0])]
        tal = [c for c in talent if ok(c[0])]
        rng.shuffle(lead)
        rng.shuffle(tal)
        if not lead:
            lead, tal = tal[:1], tal[1:]
        assert lead, 'no leader for ' + tid
        member(tid, lead[0][0], 'LEADER', lead[0][1])
        taken.add(lead[0][0])
        size = (4 if ck is None else 3) - len(forced)
        roles = (['DEPUTY'] if ck is None and rng.random() < 0.6 else []) + ['MEMBER'] * 4
        spare = lead[1:] if ck is not None else []
        cands = [c for c in tal + spare if c[0] not in taken]
        assert len(cands) >= size, 'not enough members for %s: %d' % (tid, len(cands))
        for i in range(size):
            member(tid, cands[i][0], roles[i], cands[i][1])
        if ck is None and len(cands) > size and rng.random() < 0.35:
            member(tid, cands[size][0], 'LIAISON', '综合')


staff_teams()
INSPECTORS = sorted({pid for ms in TEAM_MEMBERS.values() for pid, _ in ms})


# ----------------------------------------------------------------------------------------
# Companies and their people
# ----------------------------------------------------------------------------------------

COMPANY = {}
CO_KIND = {}      # company -> kind (contractor, supplier, ...)
CO_HOME = {}      # company -> county key or None (city)
_cseq = [0]
BRANDS = list('宏鑫恒华兴盛永金顺福天众利博瑞嘉万中黔远汇建正锦信润山绿康明新德隆广联腾佳通宇昌泰晟诚'
              '合丰源达安乾坤星辰铭峰豪越凯')
USED_CO = set()
CITY_PHONE = '0850'
STREETS = ['人民路', '中华路', '解放路', '建设路', '黔中大道', '迎宾大道', '新华路', '龙泉路', '南山路', '滨河路',
           '环城北路', '文化路', '富民路', '兴业大道', '金山路']


def brand():
    for _ in range(500):
        b = rng.choice(BRANDS) + rng.choice(BRANDS)
        if b[0] != b[1] and b not in USED_CO:
            USED_CO.add(b)
            return b
    raise RuntimeError('out of brands')


def company(kind, industry, home=None, name=None, cid=None, brand_=None):
    if cid is None:
        _cseq[0] += 1
        cid = 'CO-%04d' % _cseq[0]
    place = COUNTY_NAME[home] if home else '黔安市'
    if name is None:
        name = '%s%s%s有限公司' % (place, brand_ or brand(), industry)
    area = COUNTY_CODES[[c[0] for c in COUNTIES].index(home)] if home else '690400'
    COMPANY[cid] = add('companies.csv', id=cid, name=name, reg_no=credit_code(area),
                       address='黔中省%s%s%d号' % (place if home else '黔安市', rng.choice(STREETS), rng.randint(1, 399)),
                       phone='%s-%d' % (CITY_PHONE, rng.randint(2100000, 8899999)))
    CO_KIND[cid] = kind
    CO_HOME[cid] = home
    return cid


def role(pid, cid, r, share=None):
    add('company_roles.csv', person_id=pid, company_id=cid, role=r, share=share)


CONSTRUCTION = ['建筑工程', '路桥工程', '水利水电工程', '市政工程', '建设工程', '园林绿化工程', '土石方工程']
for i in range(14):
    company('contractor', CONSTRUCTION[i % len(CONSTRUCTION)])
for ck, *_ in COUNTIES:
    for i in range(12):
        company('contractor', CONSTRUCTION[(i + 2) % len(CONSTRUCTION)], ck)
for ind, n in [('教育装备', 4), ('医疗器械', 3), ('体育设施工程', 1), ('信息技术', 3)]:
    for i in range(n):
        company('supplier:' + ind, ind)
for i in range(4):
    company('supervisor', '工程监理' if i % 2 == 0 else '工程咨询')
for i in range(8):
    company('developer', '房地产开发' if i % 2 == 0 else '置业', [None, 'AP', 'QX', 'SM', 'BY', 'LQ', None, 'AP'][i])
for i in range(10):
    ck = COUNTIES[i % 5][0]
    if i < 5:
        company('agri', '农业开发', ck)
    else:
        company('agri', None, ck, name='%s%s种养殖农民专业合作社' % (COUNTY_NAME[ck], brand()))
for i in range(8):
    ck = [None, None, 'QX', 'SM', 'BY', 'LQ', 'AP', None][i]
    company('catering', '大酒店' if i in (0, 1, 7) else '餐饮服务', ck)
for i in range(6):
    company('trading', '商贸', [None, 'AP', 'BY', None, 'QX', 'LQ'][i])
for i in range(5):
    company('labour', '劳务', COUNTIES[i][0])
for i in range(3):
    company('supplier:信息技术', '网络科技')

# story companies
company('developer', None, 'BY', name='白岩县华府房地产开发有限公司', cid='CO-S1-HF')
company('developer', None, 'BY', name='白岩县金岩置业有限公司', cid='CO-S1-JY')
company('story', None, 'SM', name='石门县顺通路桥工程有限公司', cid='CO-S2-ST')
company('story', None, None, name='黔安市博远体育设施工程有限公司', cid='CO-S4-TY')
company('story', None, 'LQ', name='龙泉县清源水利水电工程有限公司', cid='CO-S6-QY')
company('story', None, None, name='黔安市恒兴农业开发有限公司', cid='CO-S8-HX')
company('story', None, None, name='黔安市鼎盛商贸有限公司', cid='CO-S9-DS')
company('story', None, None, name='黔安市汇金咨询服务有限公司', cid='CO-S9-HJ')
company('story', None, None, name='黔安市祥云商贸有限公司', cid='CO-S9N-XY')
company('story', None, 'QX', name='清溪县宏达建筑工程有限公司', cid='CO-S12-HD')
company('story', None, 'BY', name='白岩县育才教学设备有限公司', cid='CO-S13-YC')
company('story', None, 'AP', name='安平区康泰医疗器械有限公司', cid='CO-S13N-KT')

# people behind the companies: owners (some own two), legal representatives, shareholders
BUSINESS = []
OWNER_OF = {}
for cid in COMPANY:
    if cid == 'CO-S6-QY':
        continue
    if BUSINESS and rng.random() < 0.3:
        owner = rng.choice(BUSINESS)
    else:
        owner = new_person('business', party=rng.random() < 0.25)
        BUSINESS.append(owner)
    OWNER_OF[cid] = owner
    r = rng.random()
    if r < 0.25:
        other = rng.choice(BUSINESS) if rng.random() < 0.4 else new_person('business', party=False)
        if other == owner:
            other = new_person('business', party=False)
        if other not in BUSINESS:
            BUSINESS.append(other)
        sh = rng.choice([0.2, 0.3, 0.35, 0.4, 0.49])
        role(owner, cid, 'OWNER', round(1 - sh, 2))
        role(other, cid, 'SHAREHOLDER', sh)
    else:
        role(owner, cid, 'OWNER', 1.0)
    if rng.random() < 0.85:
        role(owner, cid, 'LEGAL_REP')
    else:
        rep = new_person('business', party=False)
        BUSINESS.append(rep)
        role(rep, cid, 'LEGAL_REP')
        role(rep, cid, 'MANAGER')
    if rng.random() < 0.08:
        role(rng.choice(BUSINESS), cid, 'DIRECTOR')
# S6: the deputy director's wife owns the contractor; her brother is the legal representative
sp('S6-BRO', '陈某华', 'M', 1975, 'business', party=False)
role(S['S6-WIFE'], 'CO-S6-QY', 'OWNER', 0.8)
role(S['S6-WIFE'], 'CO-S6-QY', 'SHAREHOLDER', 0.8)
role(S['S6-BRO'], 'CO-S6-QY', 'LEGAL_REP')
role(S['S6-BRO'], 'CO-S6-QY', 'SHAREHOLDER', 0.2)
OWNER_OF['CO-S6-QY'] = S['S6-WIFE']
BUSINESS += [S['S6-WIFE'], S['S6-BRO']]

# ----------------------------------------------------------------------------------------
# Accounts
# ----------------------------------------------------------------------------------------

ACCOUNT = {}
ACC_OF = {}  # holder -> main account
BANKS = ['中国农业银行黔安分行', '中国工商银行黔安分行', '中国建设银行黔安分行', '黔安农村商业银行',
         '黔中银行黔安分行', '中国邮政储蓄银行黔安市分行']


def account(aid, holder, kind, bank, name):
    ACCOUNT[aid] = add('accounts.csv', id=aid, holder_id=holder, kind=kind, bank=bank, name=name)
    ACC_OF.setdefault(holder, aid)
    return aid


for oid, o in ORG.items():
    key = ORG_META[oid].get('key')
    aid = 'ACC-' + oid[4:]
    if o['kind'] == 'STATE_ENTERPRISE':
        account(aid, oid, 'CORPORATE', rng.choice(BANKS[:5]), o['name'] + '基本存款账户')
    elif key == 'T':
        account(aid, oid, 'PUBLIC', '黔安农村商业银行', '%s%s财政所代管资金专户' % (COUNTY_NAME[county_of(oid)],
                                                                         ORG_META[oid]['tname']))
    elif key == 'V':
        account(aid, oid, 'PUBLIC', '黔安农村商业银行', '%s村级资金账户(乡镇代管)' % org_label(oid))
    else:
        account(aid, oid, 'PUBLIC', rng.choice(BANKS[:5]), short_name(oid) + ('国库单一账户' if key == 'CZJ'
                                                                              else '零余额账户'))
    if key == 'CZJ':
        account(aid + '-FS', oid, 'PUBLIC', '中国农业银行黔安分行', short_name(oid) + '非税收入汇缴专户')
for cid, c in COMPANY.items():
    account('ACC-' + cid, cid, 'CORPORATE', rng.choice(BANKS), c['name'] + '基本存款账户')


def personal(pid):
    aid = 'ACC-P-' + pid[4:]
    if aid not in ACCOUNT:
        account(aid, pid, 'PERSONAL', '黔安农村商业银行' if rng.random() < 0.7 else rng.choice(BANKS),
                PERSON[pid]['name'] + '个人结算账户')
    return aid


def finance_of(oid):
    ck = county_of(oid)
    return 'ACC-QA-CZJ' if ck is None else 'ACC-%s-CZJ' % ck


# ----------------------------------------------------------------------------------------
# Transfers
# ----------------------------------------------------------------------------------------

_tseq = [0]


def transfer(src, dst, amount, day, kind, fund=None, project=None, purpose=None, tid=None):
    assert src in ACCOUNT and dst in ACCOUNT, (src, dst)
    assert day <= d('2026-10-31'), day
    if tid is None:
        _tseq[0] += 1
        tid = 'TR-%05d' % _tseq[0]
    return add('transfers.csv', id=tid, from_account_id=src, to_account_id=dst, amount=money(amount), date=day,
               kind=kind, fund_id=fund, project_id=project, purpose=purpose)['id']


# ----------------------------------------------------------------------------------------
# Projects, contracts, bids
# ----------------------------------------------------------------------------------------

PROJECT = {}
CONTRACT = {}
CONTRACTS_OF = defaultdict(list)    # project -> contracts
GROUP_COUNT = defaultdict(int)      # (owner parent, year, company) -> background contracts
PAIR_USED = set()                   # (owner, company) pairs used by background contracts
RESERVED_GROUPS = {('ORG-QX-XW', 2022)}
BID_KEYS = set()
FUND_LEAVES = defaultdict(list)     # fund handle -> [(village org, to account, amount, day, kind, project, purpose)]
_prseq = [0]
_ctseq = [0]


def project(name, owner, sector, budget, start, end, status, unit=None, accepted=None, measured=None, pid=None):
    if pid is None:
        _prseq[0] += 1
        pid = 'PRJ-%04d' % _prseq[0]
    PROJECT[pid] = add('projects.csv', id=pid, name=name, org_id=owner, sector=sector, budget=money(budget),
                       start_date=start, end_date=end, status=status, unit=unit, accepted_quantity=accepted,
                       measured_quantity=measured, region_id=ORG[owner]['region_id'])
    return pid


def contract(prj, cid, amount, signed, procurement, approver='head', name=None, ctid=None, bidders=None):
    if ctid is None:
        _ctseq[0] += 1
        ctid = 'CT-%04d' % _ctseq[0]
    owner = PROJECT[prj]['org_id']
    if approver == 'head':
        approver = head_on(owner, signed)
    CONTRACT[ctid] = add('contracts.csv', id=ctid, project_id=prj, company_id=cid, amount=money(amount),
                         signed_date=signed, procurement=procurement, approved_by=approver,
                         name=name or PROJECT[prj]['name'] + ('施工合同' if CO_KIND[cid] in ('contractor', 'story')
                                                              else '合同'))
    CONTRACTS_OF[prj].append(ctid)
    if procurement in ('OPEN_TENDER', 'INVITED', 'COMPETITIVE') and (cid, prj) not in BID_KEYS:
        others = [o for o in (bidders or []) if (o, prj) not in BID_KEYS and o != cid]
        bid_day = plus(signed, -rng.randint(8, 25))
        add('bids.csv', company_id=cid, project_id=prj, amount=money(amount), bid_date=bid_day, won=True)
        BID_KEYS.add((cid, prj))
        for o in others:
            add('bids.csv', company_id=o, project_id=prj, amount=money(amount * rng.uniform(1.01, 1.12)),
                bid_date=bid_day, won=False)
            BID_KEYS.add((o, prj))
    return ctid


def pay_schedule(ctid, complete, payer, fund=None, final_share=None):
    """Payments of a contract from the owner's account: advance, progress, completion."""
    c = CONTRACT[ctid]
    prj = PROJECT[c['project_id']]
    amt, signed = c['amount'], c['signed_date']
    end = prj['end_date'] or plus(signed, 200)
    shares = [0.3, 0.4, final_share if final_share is not None else rng.choice([0.27, 0.3, 0.3])]
    days_ = [plus(signed, rng.randint(10, 25)), between(plus(signed, 60), max(plus(signed, 61), plus(end, -20))),
             plus(end, rng.randint(20, 60))]
    if not complete:
        n = 1 if (end - signed).days < 0 or rng.random() < 0.4 else 2
        shares, days_ = shares[:n], days_[:n]
    out = []
    for sh, day in zip(shares, days_):
        if day > d('2026-09-30'):
            break
        if fund is None:
            out.append(transfer(payer, 'ACC-' + c['company_id'], amt * sh, day, 'PAYMENT', None, c['project_id'],
                                '%s工程款(%d%%)' % (prj['name'][:18], round(sh * 100))))
        else:
            FUND_LEAVES[fund].append((PROJECT[c['project_id']]['org_id'], 'ACC-' + c['company_id'], amt * sh, day,
                                      'PAYMENT', c['project_id'], '工程款'))
    return out


def pick_company(kinds, owner, year, homes):
    parent = ORG[owner]['parent_id']
    cands = [c for c in COMPANY if CO_KIND[c] in kinds and CO_HOME[c] in homes
             and GROUP_COUNT[(parent, year, c)] < 2 and (owner, c) not in PAIR_USED]
    rng.shuffle(cands)
    return cands


def background_project(owner, name, sector, budget, year, unit=None, qty=None, kinds=('contractor',), measured=False,
                       fund=None, supervision=False, proc=None):
    start = date(year, rng.randint(3, 9), rng.randint(1, 28))
    dur = rng.randint(120, 420)
    end = plus(start, dur)
    complete = end < d('2026-06-30')
    status = ('已竣工验收' if qty else '已完工') if complete else '在建'
    meas = None
    if measured and qty and complete:
        meas = round(qty * rng.uniform(0.972, 1.0), 1 if qty < 100 else 0)
    homes = [county_of(owner), None] if county_of(owner) else [None]
    prj = project(name, owner, sector, budget, start, end if complete else None, status, unit,
                  qty if complete else None, meas)
    signed = plus(start, -rng.randint(10, 40))
    parent = ORG[owner]['parent_id']
    if (parent, signed.year) in RESERVED_GROUPS:
        signed = date(signed.year - 1, 12, rng.randint(1, 20))
    cands = pick_company(kinds, owner, signed.year, homes)
    if not cands:
        return prj
    cid = cands[0]
    amount = round(budget * rng.uniform(0.86, 0.98), -2)
    forced_proc = proc
    proc = 'OPEN_TENDER' if amount >= 4_000_000 else (
        rng.choice(['OPEN_TENDER', 'OPEN_TENDER', 'COMPETITIVE', 'INVITED']) if amount >= 1_000_000 else
        rng.choice(['COMPETITIVE', 'INVITED', 'DIRECT', 'COMPETITIVE']))
    if forced_proc:
        proc = forced_proc
    bidders = [c for c in cands[1:] if c != cid][:rng.randint(2, 4)]
    ct = contract(prj, cid, amount, signed, proc, bidders=bidders)
    GROUP_COUNT[(parent, signed.year, cid)] += 1
    PAIR_USED.add((owner, cid))
    if fund is None:
        transfer(finance_of(owner), 'ACC-' + owner[4:], amount, plus(signed, rng.randint(3, 9)), 'ALLOCATION',
                 None, prj, '拨付%s项目资金' % name[:20])
        pay_schedule(ct, complete, 'ACC-' + owner[4:])
    else:
        pay_schedule(ct, complete, None, fund)
    if supervision:
        sc = pick_company(('supervisor',), owner, signed.year, [None])
        if sc:
            s_ct = contract(prj, sc[0], round(amount * 0.025, -2), plus(signed, 5), 'COMPETITIVE',
                            name=name + '监理服务合同', bidders=sc[1:3])
            GROUP_COUNT[(parent, signed.year, sc[0])] += 1
            PAIR_USED.add((owner, sc[0]))
            if fund is None and complete:
                transfer('ACC-' + owner[4:], 'ACC-' + sc[0], round(amount * 0.025, -2), plus(end, 30), 'PAYMENT',
                         None, prj, '监理服务费')
    return prj


PLACES = ['清水', '青龙', '红岩', '双河', '高峰', '大坪', '凤鸣', '月亮湾', '桃花', '鹿鸣', '九龙', '望城']


def background_projects():
    yrs = list(range(2016, 2026))
    # city
    for i in range(3):
        y = rng.choice(yrs)
        background_project(O('JTJ'), '黔安市%s至%s公路改扩建工程' % tuple(rng.sample(PLACES, 2)), 'TRANSPORT',
                           rng.randint(18, 60) * 1_000_000, y, '公里', rng.randint(8, 30), measured=True,
                           supervision=True)
    for i, nm in enumerate(['%s水库除险加固工程', '%s灌区续建配套与节水改造项目']):
        background_project(O('SLJ'), '黔安市' + nm % rng.choice(PLACES), 'WATER', rng.randint(6, 25) * 1_000_000,
                           rng.choice(yrs), '座' if i == 0 else '公里', 1 if i == 0 else rng.randint(10, 40),
                           supervision=True)
    for y in (2019, 2021, 2023):
        background_project(O('ZJJ'), '黔安市%d年城镇老旧小区改造项目' % y, 'CONSTRUCTION',
                           rng.randint(15, 40) * 1_000_000, y, '户', rng.randint(600, 2200), measured=True,
                           supervision=True)
    background_project(O('JYJ'), '黔安市第三中学教学综合楼建设项目', 'EDUCATION', 26_500_000, 2018, '平方米', 14800,
                       supervision=True)
    background_project(O('JYJ'), '黔安市中小学智慧校园设备采购项目', 'EDUCATION', 3_600_000, 2022, '套', 420,
                       kinds=('supplier:教育装备', 'supplier:信息技术'))
    background_project(O('RMYY'), '黔安市人民医院医疗设备采购项目', 'HEALTH', 8_800_000, 2020, '台(套)', 36,
                       kinds=('supplier:医疗器械',), proc='SINGLE_SOURCE')
    background_project(O('CT'), '黔安市城区%s路提质改造工程' % rng.choice(['迎宾', '滨河', '文化']), 'CONSTRUCTION',
                       32_000_000, 2020, '米', 4200, measured=True, supervision=True)
    background_project(O('CT'), '黔安市新区地下综合管廊建设项目', 'CONSTRUCTION', 48_000_000, 2023, '米', 3100,
                       supervision=True)
    background_project(O('STHJJ'), '%s河流域水环境综合治理工程' % rng.choice(PLACES), 'ENVIRONMENT', 14_000_000,
                       2021)
    background_project(O('NYJ'), '黔安市2020年高标准农田建设项目', 'AGRICULTURE', 9_600_000, 2020, '亩', 12000,
                       measured=True)
    background_project(O('SWT'), '黔安市城区供水管网改造工程', 'WATER', 11_000_000, 2019, '米', 18500)
    background_project(O('JTLY'), '%s景区旅游公路建设项目' % rng.choice(PLACES), 'TRANSPORT', 21_000_000, 2022,
                       '公里', 9.6)
    # counties
    for ck, cname, *_ in COUNTIES:
        for y in rng.sample(yrs, 2):
            background_project('ORG-%s-JTJ' % ck, '%s%d年农村公路建设项目(通组硬化路)' % (cname, y), 'TRANSPORT',
                               rng.randint(25, 80) * 100_000, y, '公里', rng.randint(12, 45), measured=True)
        y = rng.choice(yrs)
        background_project('ORG-%s-SLJ' % ck, '%s%d年农村饮水安全巩固提升工程' % (cname, y), 'WATER',
                           rng.randint(12, 40) * 100_000, y, '处', rng.randint(8, 30))
        background_project('ORG-%s-JYJ' % ck, '%s%s小学改扩建工程' % (cname, rng.choice(PLACES)), 'EDUCATION',
                           rng.randint(30, 90) * 100_000, rng.choice(yrs), '平方米', rng.randint(2000, 6000))
        y = rng.choice(yrs)
        background_project('ORG-%s-XCZX' % ck, '%s%d年%s产业扶贫项目' % (cname, y, rng.choice(
            ['茶叶', '精品水果', '生态养殖', '中药材', '蔬菜保供'])), 'POVERTY_ALLEVIATION',
            rng.randint(8, 30) * 100_000, y, kinds=('agri',))
        background_project('ORG-%s-WJJ' % ck, '%s乡镇卫生院标准化建设项目' % cname, 'HEALTH',
                           rng.randint(10, 30) * 100_000, rng.choice(yrs))
        background_project('ORG-%s-ZRZYJ' % ck, '%s%d年土地整治项目' % (cname, rng.choice(yrs)), 'LAND_RESOURCES',
                           rng.randint(10, 40) * 100_000, rng.choice(yrs), '亩', rng.randint(800, 3000))
        # townships
        for ti in rng.sample(range(1, 7), 2):
            t = 'ORG-%s-T%02d' % (ck, ti)
            nm = rng.choice(['集镇污水处理设施建设项目', '便民服务中心建设项目', '人居环境整治项目', '集镇道路改造工程'])
            background_project(t, '%s%s' % (ORG_META[t]['tname'], nm), 'CONSTRUCTION', rng.randint(6, 30) * 100_000,
                               rng.choice(yrs))
    # villages (paid from the funds' village accounts)
    vills = [v for v in VILLAGES if v not in STORY_ORGS and v not in ('ORG-SM-T03-V02', 'ORG-SM-T04-V01')]
    for v in rng.sample(vills, 20):
        y = rng.choice([2018, 2020, 2022, 2024] + list(range(2017, 2026)))
        kind = rng.choice(['通组硬化路工程', '产业路建设项目', '人饮工程', '村内道路硬化工程'])
        unit, qty = ('处', rng.randint(1, 4)) if kind == '人饮工程' else ('米', rng.randint(8, 40) * 100)
        fund = ('YSYY', y) if y in (2018, 2020, 2022, 2024) and kind != '人饮工程' else ('FP', y)
        background_project(v, '%s%s' % (ORG_META[v]['vname'], kind), 'TRANSPORT' if unit == '米' else 'WATER',
                           rng.randint(15, 90) * 10_000 if unit == '米' else rng.randint(10, 40) * 10_000, y, unit,
                           qty, measured=rng.random() < 0.3, fund=fund)


background_projects()


# ---- story projects ----------------------------------------------------------------------

def story_projects():
    bid_pool = [c for c in COMPANY if CO_KIND[c] == 'contractor']
    # S2: the road 200 m short (seed 002), paid in full from the reservoir-resettlement fund
    p2 = project('赵家湾村库区扶持通组公路(裕民路)硬化工程', 'ORG-SM-T02-V03', 'TRANSPORT', 760_000, d('2018-05-10'),
                 d('2018-10-30'), '已竣工验收', '米', 3200, 3000, pid='PRJ-S2-ROAD')
    sm = [c for c in bid_pool if CO_HOME[c] == 'SM'][:3]
    contract(p2, 'CO-S2-ST', 739_200, d('2018-05-02'), 'INVITED', S['S2-ZHAO'], ctid='CT-S2-ROAD', bidders=sm)
    for i, (amt, day) in enumerate([(221_760, '2018-06-15'), (295_680, '2018-09-20'), (221_760, '2018-12-18')], 1):
        FUND_LEAVES[('YM', 2018)].append(('ORG-SM-T02-V03', 'ACC-CO-S2-ST', amt, d(day), 'PAYMENT', p2,
                                          '裕民路硬化工程款', 'TR-S2-PAY%d' % i))
    S['S2-REFUND'] = transfer('ACC-CO-S2-ST', 'ACC-SM-T02', 46_200, d('2020-07-20'), 'REFUND', None, p2,
                              '追缴多付工程款(少修200米)', tid='TR-S2-REFUND')
    # near misses: within tolerance and paid in full; short but paid 60 %
    p = project('茶园村产业路硬化工程', 'ORG-SM-T03-V02', 'TRANSPORT', 480_000, d('2019-04-01'), d('2019-09-15'),
                '已竣工验收', '米', 2000, 1940, pid='PRJ-S2N-1')
    c1 = contract(p, sm[0], 460_000, d('2019-03-20'), 'COMPETITIVE', ctid='CT-S2N-1', bidders=sm[1:3])
    for amt, day in [(138_000, '2019-04-10'), (184_000, '2019-07-05'), (138_000, '2019-10-20')]:
        FUND_LEAVES[('FP', 2019)].append(('ORG-SM-T03-V02', 'ACC-' + sm[0], amt, d(day), 'PAYMENT', p, '产业路工程款'))
    p = project('岩口村通组路硬化工程', 'ORG-SM-T04-V01', 'TRANSPORT', 360_000, d('2024-05-06'), d('2024-11-20'),
                '已完工待审计', '米', 1500, 1380, pid='PRJ-S2N-2')
    contract(p, sm[1], 345_000, d('2024-04-22'), 'COMPETITIVE', ctid='CT-S2N-2', bidders=[sm[0], sm[2]])
    for amt, day in [(103_500, '2024-05-20'), (103_500, '2024-09-10')]:
        FUND_LEAVES[('YSYY', 2024)].append(('ORG-SM-T04-V01', 'ACC-' + sm[1], amt, d(day), 'PAYMENT', p, '通组路工程款'))
    S['S2N-C1'] = c1

    # S4: the sports hall, the contractor, and money to the director's wife
    p4 = project('黔安市体育馆改造提升工程', O('TYJ'), 'SPORTS', 12_800_000, d('2021-04-01'), d('2021-12-20'),
                 '已竣工验收', '平方米', 18600, pid='PRJ-S4-HALL')
    city_pool = [c for c in bid_pool if CO_HOME[c] is None]
    contract(p4, 'CO-S4-TY', 12_350_000, d('2021-03-18'), 'OPEN_TENDER', S['S4-HE'], ctid='CT-S4-HALL',
             bidders=city_pool[:3])
    transfer('ACC-QA-CZJ', 'ACC-QA-TYJ', 12_350_000, d('2021-03-25'), 'ALLOCATION', None, p4, '拨付体育馆改造资金',
             tid='TR-S4-ALLOC')
    S['S4-PAY'] = [transfer('ACC-QA-TYJ', 'ACC-CO-S4-TY', 3_705_000, d('2021-04-02'), 'PAYMENT', None, p4, '预付款(30%)',
                            tid='TR-S4-PAY1'),
                   transfer('ACC-QA-TYJ', 'ACC-CO-S4-TY', 4_940_000, d('2021-07-09'), 'PAYMENT', None, p4, '进度款(40%)',
                            tid='TR-S4-PAY2'),
                   transfer('ACC-QA-TYJ', 'ACC-CO-S4-TY', 3_335_000, d('2022-01-20'), 'PAYMENT', None, p4, '结算款(27%)',
                            tid='TR-S4-PAY3')]
    wife = personal(S['S4-HE-WIFE'])
    S['S4-KICK'] = [transfer('ACC-CO-S4-TY', wife, 300_000, d('2021-07-20'), 'OTHER', None, None, '咨询服务费',
                             tid='TR-S4-KICK1'),
                    transfer('ACC-CO-S4-TY', wife, 500_000, d('2022-02-08'), 'OTHER', None, None, '咨询服务费',
                             tid='TR-S4-KICK2')]
    p = project('黔安市全民健身路径器材采购项目', O('TYJ'), 'SPORTS', 500_000, d('2022-05-20'), d('2022-08-30'), '已完工',
                '套', 60, pid='PRJ-S4-FIT')
    contract(p, 'CO-S4-TY', 480_000, d('2022-05-10'), 'DIRECT', S['S4-ZHANG'], ctid='CT-S4-FIT')
    transfer('ACC-QA-CZJ', 'ACC-QA-TYJ', 480_000, d('2022-05-12'), 'ALLOCATION', None, p, '拨付健身器材采购资金')
    transfer('ACC-QA-TYJ', 'ACC-CO-S4-TY', 480_000, d('2022-09-15'), 'PAYMENT', None, p, '器材采购款')

    # S6: the wife's company builds for her husband's bureau
    lq = [c for c in bid_pool if CO_HOME[c] == 'LQ']
    p = project('龙泉县2020年农村饮水安全巩固提升工程', 'ORG-LQ-SLJ', 'WATER', 3_000_000, d('2020-06-01'),
                d('2020-12-15'), '已竣工验收', '处', 18, pid='PRJ-S6-1')
    contract(p, 'CO-S6-QY', 2_860_000, d('2020-05-12'), 'OPEN_TENDER', ctid='CT-S6-1', bidders=lq[:3])
    transfer('ACC-LQ-CZJ', 'ACC-LQ-SLJ', 2_860_000, d('2020-05-18'), 'ALLOCATION', None, p, '拨付饮水安全工程资金')
    pay_schedule('CT-S6-1', True, 'ACC-LQ-SLJ')
    p = project('龙泉县2021年小型病险水库除险加固工程', 'ORG-LQ-SLJ', 'WATER', 2_000_000, d('2021-07-20'),
                d('2022-01-30'), '已竣工验收', '座', 3, pid='PRJ-S6-2')
    contract(p, 'CO-S6-QY', 1_920_000, d('2021-07-08'), 'COMPETITIVE', S['S6-WANG'], ctid='CT-S6-2', bidders=lq[1:3])
    transfer('ACC-LQ-CZJ', 'ACC-LQ-SLJ', 1_920_000, d('2021-07-12'), 'ALLOCATION', None, p, '拨付除险加固资金')
    pay_schedule('CT-S6-2', True, 'ACC-LQ-SLJ')

    # S8: one company, one project at the city and one in 清溪县
    p = project('黔安市2021年特色产业扶贫示范基地建设项目', O('XCZX'), 'POVERTY_ALLEVIATION', 1_700_000, d('2021-05-01'),
                d('2021-11-30'), '已完工', pid='PRJ-S8-1')
    agri = [c for c in COMPANY if CO_KIND[c] == 'agri']
    contract(p, 'CO-S8-HX', 1_650_000, d('2021-04-16'), 'COMPETITIVE', ctid='CT-S8-1', bidders=agri[:2])
    transfer('ACC-QA-CZJ', 'ACC-QA-XCZX', 1_650_000, d('2021-04-20'), 'ALLOCATION', None, p, '拨付产业基地建设资金')
    pay_schedule('CT-S8-1', True, 'ACC-QA-XCZX')
    p = project('清溪县2021年食用菌产业扶贫项目', 'ORG-QX-XCZX', 'POVERTY_ALLEVIATION', 1_000_000, d('2021-06-20'),
                d('2021-12-10'), '已完工', pid='PRJ-S8-2')
    contract(p, 'CO-S8-HX', 980_000, d('2021-06-08'), 'INVITED', S['S8-DENG'], ctid='CT-S8-2', bidders=agri[2:4])
    transfer('ACC-QX-CZJ', 'ACC-QX-XCZX', 980_000, d('2021-06-10'), 'ALLOCATION', None, p, '拨付食用菌产业项目资金')
    pay_schedule('CT-S8-2', True, 'ACC-QX-XCZX')

    # S12: one builder wins most township work in 清溪县 in 2022
    qx = [c for c in bid_pool if CO_HOME[c] == 'QX']
    for i, (t, nm, amt, day, proc) in enumerate([
            ('ORG-QX-T01', '清溪镇2022年集镇道路改造工程', 1_200_000, '2022-03-15', 'OPEN_TENDER'),
            ('ORG-QX-T02', '白马镇2022年人居环境整治项目', 900_000, '2022-04-20', 'COMPETITIVE'),
            ('ORG-QX-T06', '沙坝乡2022年产业路建设项目', 1_500_000, '2022-06-10', 'OPEN_TENDER'),
            ('ORG-QX-T02', '白马镇2022年农村公路安保工程', 800_000, '2022-09-05', 'INVITED')], start=1):
        signed = d(day)
        p = project(nm, t, 'CONSTRUCTION' if '整治' in nm else 'TRANSPORT', amt * 1.05, plus(signed, 15),
                    plus(signed, 160), '已完工', pid='PRJ-S12-%d' % i)
        contract(p, 'CO-S12-HD', amt, signed, proc, ctid='CT-S12-%d' % i, bidders=qx[i:i + 3])
        transfer('ACC-QX-CZJ', 'ACC-' + t[4:], amt, plus(signed, 4), 'ALLOCATION', None, p, '拨付项目资金')
        pay_schedule('CT-S12-%d' % i, True, 'ACC-' + t[4:], final_share=0.3)
    p = project('清溪县2022年中小学校舍维修项目', 'ORG-QX-JYJ', 'EDUCATION', 320_000, d('2022-07-10'), d('2022-08-25'),
                '已完工', pid='PRJ-S12-5')
    contract(p, qx[5], 300_000, d('2022-07-01'), 'DIRECT', ctid='CT-S12-5')
    transfer('ACC-QX-CZJ', 'ACC-QX-JYJ', 300_000, d('2022-07-04'), 'ALLOCATION', None, p, '拨付校舍维修资金')
    pay_schedule('CT-S12-5', True, 'ACC-QX-JYJ', final_share=0.3)

    # S13: one purchase cut in three to stay under the tender threshold
    p = project('白岩县2021年义务教育薄弱环节改善与能力提升项目(教学设备采购)', 'ORG-BY-JYJ', 'EDUCATION', 1_100_000,
                d('2021-05-06'), d('2021-07-31'), '已完工', '套', 214, pid='PRJ-S13')
    edu = [c for c in COMPANY if CO_KIND[c] == 'supplier:教育装备']
    for i, (amt, day, proc) in enumerate([(380_000, '2021-05-06', 'INVITED'), (350_000, '2021-05-14', 'COMPETITIVE'),
                                          (320_000, '2021-05-25', 'DIRECT')], start=1):
        contract(p, 'CO-S13-YC', amt, d(day), proc, ctid='CT-S13-%d' % i, bidders=edu[i - 1:i + 1],
                 name='教学设备采购合同(第%s批)' % cn(i))
        transfer('ACC-BY-CZJ', 'ACC-BY-JYJ', amt, plus(d(day), 3), 'ALLOCATION', None, p, '拨付教学设备采购资金')
        transfer('ACC-BY-JYJ', 'ACC-CO-S13-YC', amt, plus(d(day), rng.randint(40, 70)), 'PAYMENT', None, p, '设备采购款')
    # near miss: two direct purchases 45 days apart
    p = project('安平区乡镇卫生院医疗设备购置项目', 'ORG-AP-WJJ', 'HEALTH', 1_150_000, d('2021-08-02'), d('2021-10-30'),
                '已完工', '台(套)', 22, pid='PRJ-S13N')
    for i, (amt, day) in enumerate([(600_000, '2021-08-02'), (500_000, '2021-09-16')], start=1):
        contract(p, 'CO-S13N-KT', amt, d(day), 'DIRECT', ctid='CT-S13N-%d' % i, name='医疗设备购置合同(第%s批)' % cn(i))
        transfer('ACC-AP-CZJ', 'ACC-AP-WJJ', amt, plus(d(day), 2), 'ALLOCATION', None, p, '拨付设备购置资金')
        transfer('ACC-AP-WJJ', 'ACC-CO-S13N-KT', amt, plus(d(day), 35), 'PAYMENT', None, p, '设备购置款')


story_projects()


# ---- money that is not about projects ----------------------------------------------------

def story_money():
    # S1: land-transfer fees paid into 杨某某's own account (seed 000)
    yang = personal(S['S1-YANG'])
    S['S1-TR'] = [
        transfer('ACC-CO-S1-HF', yang, 1_200_000, d('2017-06-12'), 'PUBLIC_REVENUE', None, None,
                 '岩脚镇地块土地出让金(代收)', tid='TR-S1-01'),
        transfer('ACC-CO-S1-JY', yang, 800_000, d('2017-11-03'), 'PUBLIC_REVENUE', None, None,
                 '白岩镇东片区地块土地出让金', tid='TR-S1-02'),
        transfer('ACC-CO-S1-HF', yang, 1_550_000, d('2018-04-20'), 'PUBLIC_REVENUE', None, None,
                 '岩脚镇二期地块土地出让金', tid='TR-S1-03')]
    # the same buyers paying the county's non-tax account properly, for contrast
    transfer('ACC-CO-S1-HF', 'ACC-BY-CZJ-FS', 4_600_000, d('2016-09-08'), 'PUBLIC_REVENUE', None, None, '土地出让金')
    transfer('ACC-CO-S1-JY', 'ACC-BY-CZJ-FS', 2_150_000, d('2019-08-16'), 'PUBLIC_REVENUE', None, None, '土地出让金')
    # S9: a loop 城投 -> trading company -> consulting company -> 城投 within 43 days
    S['S9-TR'] = [
        transfer('ACC-QA-CT', 'ACC-CO-S9-DS', 5_000_000, d('2023-03-06'), 'PAYMENT', None, None, '预付工程材料款',
                 tid='TR-S9-01'),
        transfer('ACC-CO-S9-DS', 'ACC-CO-S9-HJ', 4_960_000, d('2023-03-28'), 'OTHER', None, None, '咨询服务费',
                 tid='TR-S9-02'),
        transfer('ACC-CO-S9-HJ', 'ACC-QA-CT', 4_900_000, d('2023-04-18'), 'OTHER', None, None, '往来款',
                 tid='TR-S9-03')]
    # near miss: a two-step loop that takes 161 days
    S['S9N-TR'] = [
        transfer('ACC-QA-JTLY', 'ACC-CO-S9N-XY', 2_000_000, d('2022-01-10'), 'PAYMENT', None, None, '预付款',
                 tid='TR-S9N-01'),
        transfer('ACC-CO-S9N-XY', 'ACC-QA-JTLY', 1_980_000, d('2022-06-20'), 'OTHER', None, None, '退回预付款',
                 tid='TR-S9N-02')]


story_money()


def land_fees():
    devs = [c for c in COMPANY if CO_KIND[c] == 'developer' and not c.startswith('CO-S')]
    for i in range(30):
        c = devs[i % len(devs)]
        dst = 'ACC-%s-CZJ-FS' % CO_HOME[c] if CO_HOME[c] else 'ACC-QA-CZJ-FS'
        transfer('ACC-' + c, dst, rng.randint(8, 160) * 50_000, between(d('2016-03-01'), d('2026-08-31')),
                 'PUBLIC_REVENUE', None, None, rng.choice(['土地出让金', '土地出让金(分期)', '城市基础设施配套费']))


land_fees()

# households on the subsidy rolls (poor villages), and the village cadres' pay
POOR_VILLAGES = sorted(rng.sample([v for v in VILLAGES if v not in ('ORG-SM-T02-V03', 'ORG-BY-T04-V02')], 28)
                       + ['ORG-BY-T04-V02'])
HOUSEHOLDS = defaultdict(list)
for v in POOR_VILLAGES:
    for i in range(2 if v != 'ORG-BY-T04-V02' or rng.random() < 0.5 else 3):
        h = new_person('household', party=rng.random() < 0.08, gender='M' if rng.random() < 0.6 else 'F')
        HOUSEHOLDS[v].append(h)
        personal(h)
for h in ('S5-WU', 'S5-BRO', 'S5-DAU', 'S5-INLAW'):
    personal(S[h])

FUND = {}


def fund_defs():
    defs = []
    for y in range(2017, 2026):
        if y <= 2020:
            defs.append((('FP', y), '%d年中央和省级财政专项扶贫资金' % y, '财政专项扶贫资金', O('CZJ'), d('%d-04-08' % y)))
        else:
            defs.append((('FP', y), '%d年中央和省级财政衔接推进乡村振兴补助资金' % y, '衔接推进乡村振兴补助资金', O('CZJ'),
                         d('%d-04-08' % y)))
        defs.append((('DB', y), '%d年城乡最低生活保障资金' % y, '城乡最低生活保障', O('MZJ'), d('%d-02-20' % y)))
        if y <= 2020:
            defs.append((('WF', y), '%d年农村危房改造补助资金' % y, '农村危房改造', O('ZJJ'), d('%d-06-05' % y)))
        if y in (2018, 2020, 2022, 2024):
            defs.append((('YSYY', y), '%d年村级公益事业一事一议财政奖补资金' % y, '一事一议财政奖补', O('CZJ'),
                         d('%d-03-20' % y)))
    defs.append((('YM', 2018), '2018年大中型水库移民后期扶持基金', '水库移民后期扶持', O('SKYMJ'), d('2018-03-01')))
    return defs


def subsidies():
    """Leaves of the subsidy funds: households of the poor villages; S5's relatives."""
    for y in range(2017, 2026):
        for v in POOR_VILLAGES:
            for h in HOUSEHOLDS[v]:
                if rng.random() < 0.45:
                    FUND_LEAVES[('DB', y)].append((v, 'ACC-P-' + h[4:], rng.randint(30, 72) * 100,
                                                   plus(d('%d-03-25' % y), rng.randint(0, 40)), 'SUBSIDY', None,
                                                   '%d年度低保金' % y))
                if rng.random() < 0.25:
                    FUND_LEAVES[('FP', y)].append((v, 'ACC-P-' + h[4:], rng.randint(20, 50) * 100,
                                                   plus(d('%d-05-20' % y), rng.randint(0, 60)), 'SUBSIDY', None,
                                                   '产业发展奖补' if y <= 2020 else '到户产业奖补'))
    for v in POOR_VILLAGES:
        for h in HOUSEHOLDS[v]:
            if rng.random() < 0.3:
                y = rng.randint(2017, 2020)
                FUND_LEAVES[('WF', y)].append((v, 'ACC-P-' + h[4:], rng.randint(14, 35) * 1000,
                                               plus(d('%d-07-10' % y), rng.randint(0, 90)), 'SUBSIDY', None,
                                               '危房改造补助'))
    # S5: the secretary's wife, brother, daughter and sister-in-law on the allowance roll
    S['S5-TR'] = []
    for y in (2018, 2019, 2020):
        for h, amt in (('S5-WU', 5400), ('S5-BRO', 4800), ('S5-DAU', 4800), ('S5-INLAW', 5400)):
            n = len(S['S5-TR']) + 1
            tid = 'TR-S5-%02d' % n
            FUND_LEAVES[('DB', y)].append(('ORG-BY-T04-V02', 'ACC-P-' + S[h][4:], amt,
                                           plus(d('%d-03-28' % y), n % 4), 'SUBSIDY', None, '%d年度低保金' % y, tid))
            S['S5-TR'].append(tid)


subsidies()


def build_funds():
    for handle, name, program, source, base in fund_defs():
        leaves = FUND_LEAVES.get(handle, [])
        if not leaves:
            continue
        fid = 'FUND-%s-%d' % handle
        by_v = defaultdict(list)
        for leaf in leaves:
            by_v[leaf[0]].append(leaf)
        by_t = defaultdict(list)
        for v in by_v:
            by_t[ORG[v]['parent_id']].append(v)
        by_c = defaultdict(list)
        for t in by_t:
            by_c[county_of(t)].append(t)
        total = 0.0
        plan = []
        for ck in sorted(by_c):
            c_sum, c_first = 0.0, None
            t_rows = []
            for t in sorted(by_c[ck]):
                t_sum, t_first = 0.0, None
                v_rows = []
                for v in sorted(by_t[t]):
                    vl = sorted(by_v[v], key=lambda x: x[3])
                    v_sum = sum(x[2] for x in vl)
                    v_day = plus(vl[0][3], -rng.randint(3, 12))
                    v_rows.append((v, v_sum, v_day, vl))
                    t_sum += v_sum
                    t_first = v_day if t_first is None else min(t_first, v_day)
                # the township also pays recipients outside the sample: allocations cover more than the sample
                t_sum = round(t_sum * rng.uniform(1.5, 3.0), -2)
                t_day = plus(t_first, -rng.randint(5, 15))
                t_rows.append((t, t_sum, t_day, v_rows))
                c_sum += t_sum
                c_first = t_day if c_first is None else min(c_first, t_day)
            c_sum = round(c_sum * rng.uniform(4, 10), -2)
            c_day = plus(c_first, -rng.randint(5, 20))
            plan.append((ck, c_sum, c_day, t_rows))
            total += c_sum
        FUND[handle] = add('funds.csv', id=fid, name=name, program=program, source_org_id=source,
                           amount=money(total * 1.02), year=handle[1])
        city_day = min(p[2] for p in plan)
        for ck, c_sum, c_day, t_rows in plan:
            transfer('ACC-QA-CZJ', 'ACC-%s-CZJ' % ck, c_sum, max(plus(city_day, 0), plus(c_day, -3)), 'ALLOCATION',
                     fid, None, '下达' + name)
            for t, t_sum, t_day, v_rows in t_rows:
                transfer('ACC-%s-CZJ' % ck, 'ACC-' + t[4:], t_sum, t_day, 'ALLOCATION', fid, None, '拨付' + name)
                for v, v_sum, v_day, vl in v_rows:
                    prj = next((x[5] for x in vl if x[5]), None)
                    transfer('ACC-' + t[4:], 'ACC-' + v[4:], v_sum, v_day, 'ALLOCATION', fid, prj, '拨付' + name)
                    for leaf in vl:
                        _, dst, amt, day, kind, prj_, purpose = leaf[:7]
                        transfer('ACC-' + v[4:], dst, amt, day, kind, fid, prj_, purpose,
                                 tid=leaf[7] if len(leaf) > 7 else None)


build_funds()


def salaries():
    """The village secretaries' pay from the township finance office (a few villages)."""
    for v in sorted(rng.sample(VILLAGES, 14)):
        for y in (2019, 2020, 2021):
            day = d('%d-12-20' % y)
            pid = head_on(v, day)
            if pid is None or pid in STORY_PERSONS:
                continue
            transfer('ACC-' + ORG[v]['parent_id'][4:], personal(pid), rng.randint(220, 360) * 100, day, 'SALARY', None,
                     None, '%d年度村干部基本报酬' % y)


salaries()


# ----------------------------------------------------------------------------------------
# Findings, leads, cases, sanctions, rectifications, institutional fixes, petitions
# ----------------------------------------------------------------------------------------

CAT_ZH = {'WEAK_PARTY_LEADERSHIP': '党的领导弱化', 'POLICY_NOT_IMPLEMENTED': '贯彻决策部署不力',
          'FORMALISM': '形式主义官僚主义', 'EIGHT_RULES': '违反中央八项规定精神',
          'FINANCIAL_MISMANAGEMENT': '财务管理不规范', 'PROCUREMENT': '工程招投标不规范',
          'FUND_MISAPPROPRIATION': '资金截留挪用套取', 'PERSONNEL': '选人用人问题', 'WEAK_GRASSROOTS': '基层组织软弱涣散',
          'PETTY_CORRUPTION': '蝇贪蚁腐/吃拿卡要', 'CLAN_BULLY': '村霸宗族恶势力', 'DATA_FALSIFICATION': '数字脱贫/数据造假',
          'RECTIFICATION_FAILURE': '整改不到位', 'OTHER': '其他'}
# category -> [(title, description, task, rule name)]
TEMPL = {
    'WEAK_PARTY_LEADERSHIP': [
        ('党组理论学习中心组学习流于形式', '理论学习中心组学习以读文件代替研讨,全年集中学习次数不足规定要求。',
         '制定理论学习中心组年度学习计划并严格落实', '理论学习中心组学习制度'),
        ('“三重一大”事项未经集体研究决定', '部分重大事项决策、大额资金使用未经党组(党委)会集体研究。',
         '修订“三重一大”集体决策制度,对未经集体研究事项逐项补正', '“三重一大”事项集体决策实施办法'),
        ('落实意识形态工作责任制不到位', '未按要求定期研判意识形态领域情况,阵地管理存在薄弱环节。',
         '建立意识形态工作责任清单并定期研判', '意识形态工作责任制实施细则')],
    'POLICY_NOT_IMPLEMENTED': [
        ('贯彻落实乡村振兴决策部署不到位', '衔接资金项目推进缓慢,部分项目当年未开工。',
         '建立项目推进台账,逐项明确完成时限', '衔接资金项目管理办法'),
        ('河长制工作推进不力', '巡河记录不实,部分河段问题长期未整改。', '开展河段问题全面排查并限期销号', None),
        ('优化营商环境措施落实不到位', '行政审批超时限办理问题突出。', '梳理审批事项,压缩办理时限', '行政审批服务规范')],
    'FORMALISM': [
        ('督查检查考核过多过频', '以督查检查代替工作落实,基层迎检负担重。', '精简督查检查考核事项', None),
        ('调研走过场,问题清单长期未销号', '调研报告照抄照搬,调研发现问题未跟踪解决。', '建立调研问题跟踪销号机制', None),
        ('材料造假应付检查', '台账资料后补痕迹明显,工作“留痕”代替“留绩”。', '清理后补资料,规范台账管理', None)],
    'EIGHT_RULES': [
        ('违规发放津补贴', '以加班费、值班费等名义违规向干部职工发放津补贴。', '清退违规发放的津补贴', '津贴补贴发放管理规定'),
        ('违规公款吃喝', '以会议、调研名义在酒店公款宴请。', '清退违规公款吃喝费用并追究责任', '公务接待管理办法'),
        ('公务用车管理不规范', '公车私用、未按规定停放公车。', '规范公务用车使用登记', '公务用车管理办法'),
        ('违规收受礼品礼金', '节日期间收受管理服务对象礼品礼金。', '上交违规收受礼品礼金', None)],
    'FINANCIAL_MISMANAGEMENT': [
        ('白条入账', '部分支出以白条入账,原始凭证不规范。', '清理白条,补齐原始凭证', '财务报销管理制度'),
        ('往来款长期挂账未清理', '往来款项长期挂账,账实不符。', '清理往来款项,逐笔核销', None),
        ('固定资产管理混乱', '固定资产底数不清,部分资产未入账。', '开展资产清查并登记入账', '国有资产管理办法')],
    'PROCUREMENT': [
        ('工程项目未批先建', '项目未经审批即开工建设。', '补办项目审批手续', '工程建设项目管理办法'),
        ('规避公开招标', '将应公开招标项目拆分后直接发包。', '规范采购程序,对拆分项目进行审计', '政府采购内部控制管理办法'),
        ('项目超概算、超工期(“两超一慢”)', '项目超概算、超工期,结算审核不严。', '开展项目结算审计', None)],
    'FUND_MISAPPROPRIATION': [
        ('挤占挪用专项资金', '将专项资金用于弥补公用经费。', '追回被挤占挪用资金', '专项资金管理办法'),
        ('虚报冒领补助资金', '虚报补助对象冒领资金。', '追缴冒领资金并核查对象', None),
        ('学生营养改善计划资金管理不规范', '营养改善计划资金被挤占,食材采购不规范。', '追回被挤占资金,规范食材采购',
         '学生营养改善计划资金管理办法')],
    'PERSONNEL': [
        ('干部选拔任用程序不规范', '部分干部提拔未按规定进行考察公示。', '对不规范提拔逐人复核', '干部选拔任用工作规程'),
        ('干部档案审核把关不严', '干部档案“三龄两历”认定不准。', '开展干部档案专项审核', None)],
    'WEAK_GRASSROOTS': [
        ('村党组织软弱涣散', '“三会一课”落实不到位,组织生活不经常。', '整顿软弱涣散村党组织', None),
        ('村务公开不及时不规范', '村级财务收支未按季度公开。', '规范村务公开栏,按季度公开', '村务公开制度'),
        ('发展党员程序不规范', '发展党员培养考察材料缺失。', '补正发展党员材料', None)],
    'PETTY_CORRUPTION': [
        ('村干部优亲厚友', '村干部违规将亲属纳入低保、特困救助对象。', '清退违规享受资金,重新评议', None),
        ('吃拿卡要,收取办事费用', '为群众办理证明时收取费用。', '退还违规收取费用', None),
        ('虚列支出侵占集体资金', '以虚假发票列支侵占村集体资金。', '追回被侵占资金', '村级财务管理办法')],
    'CLAN_BULLY': [
        ('宗族势力干预村级事务', '宗族势力干扰村“两委”换届和村务决策。', '开展扫黑除恶常态化排查', None),
        ('村霸强揽村级工程', '个别人员以威胁手段强揽村内工程。', '移交公安机关依法处理', None)],
    'DATA_FALSIFICATION': [
        ('脱贫户收入数据不实', '部分脱贫户收入测算数据与实际不符。', '逐户核实收入数据', None),
        ('虚报项目完成进度', '上报项目完成进度与实际严重不符。', '核实并更正项目进度数据', None)],
    'RECTIFICATION_FAILURE': [
        ('上轮巡察反馈问题整改不到位', '上轮巡察反馈的问题部分未完成整改即销号。', '对未完成整改问题重新建账', None),
        ('整改敷衍,虚假销号', '整改材料不实,存在虚假销号。', '重新核查销号问题并追责', None)],
    'OTHER': [
        ('安全生产责任落实不到位', '安全隐患排查整治不彻底。', '开展安全隐患专项排查', None),
        ('信访积案化解不力', '信访积案长期未化解。', '建立信访积案化解台账', None)],
}
DEPT_CATS = ['WEAK_PARTY_LEADERSHIP', 'POLICY_NOT_IMPLEMENTED', 'FORMALISM', 'EIGHT_RULES', 'FINANCIAL_MISMANAGEMENT',
             'PROCUREMENT', 'PERSONNEL', 'FUND_MISAPPROPRIATION', 'OTHER']
DEPT_W = [14, 12, 10, 12, 14, 8, 8, 6, 3]
TOWN_CATS = ['WEAK_PARTY_LEADERSHIP', 'POLICY_NOT_IMPLEMENTED', 'FORMALISM', 'EIGHT_RULES', 'FINANCIAL_MISMANAGEMENT',
             'FUND_MISAPPROPRIATION', 'PETTY_CORRUPTION', 'WEAK_GRASSROOTS', 'DATA_FALSIFICATION']
TOWN_W = [8, 10, 10, 8, 10, 10, 8, 8, 6]
VIL_CATS = ['WEAK_GRASSROOTS', 'PETTY_CORRUPTION', 'FUND_MISAPPROPRIATION', 'CLAN_BULLY', 'DATA_FALSIFICATION',
            'FINANCIAL_MISMANAGEMENT']
VIL_W = [16, 12, 8, 3, 6, 10]

FINDING = {}
USED_CAT = defaultdict(set)     # org -> categories already found there
F_LINKS = defaultdict(list)
_fseq = [0]


def finding(team_id, oid, cat, day, severity, title, desc, amount=None, fid=None):
    if fid is None:
        _fseq[0] += 1
        fid = 'FND-%04d' % _fseq[0]
    r = ROUND[TEAM[team_id]['round_id']]
    assert r['start_date'] <= day <= r['end_date'], (fid, day)
    assert oid in TEAM_TARGETS[team_id], (fid, oid)
    FINDING[fid] = add('findings.csv', id=fid, team_id=team_id, org_id=oid, category=cat, found_date=day,
                       sector=ORG[oid]['sector'], severity=severity, title=title, description=desc,
                       amount=money(amount) if amount else None)
    USED_CAT[oid].add(cat)
    return fid


def flink(fid, entity, role_):
    F_LINKS[fid].append((entity, role_))
    add('finding_links.csv', finding_id=fid, entity_id=entity, role=role_)


LEAD = {}
L_LINKS = defaultdict(list)
ENT_COMMITTEES = defaultdict(set)   # person/company -> committees whose leads link it
_lseq = [0]


def committee_of_team(tid):
    return ROUND[TEAM[tid]['round_id']]['committee_id']


def lead(team_id, source, status, day, finding_id=None, disposal=None, to=None, summary=None, name=None, green=None,
         lid=None):
    if lid is None:
        _lseq[0] += 1
        lid = 'LEAD-%04d' % _lseq[0]
    LEAD[lid] = add('leads.csv', id=lid, team_id=team_id, source=source, status=status, created_date=day,
                    finding_id=finding_id, disposal=disposal, transferred_to=to, summary=summary, name=name,
                    green_channel=green)
    return lid


def llink(lid, entity, role_, force=False):
    com = committee_of_team(LEAD[lid]['team_id'])
    if entity in PERSON or entity in COMPANY:
        if not force and ENT_COMMITTEES[entity] - {com}:
            return False  # would corroborate across committees: only the planted story does
        ENT_COMMITTEES[entity].add(com)
    L_LINKS[lid].append((entity, role_))
    add('lead_links.csv', lead_id=lid, entity_id=entity, role=role_)
    return True


CASE = {}
CASE_SUBJ = defaultdict(list)
STORY_PATHS = {}  # lead id -> the steps before a case is opened, where a story fixes them
_kseq = [0]


def case(opened, lead_id, handled_by, status, closed, name, subjects, kid=None):
    if kid is None:
        _kseq[0] += 1
        kid = 'CASE-%04d' % _kseq[0]
    CASE[kid] = add('cases.csv', id=kid, opened_date=opened, lead_id=lead_id, handled_by=handled_by, status=status,
                    closed_date=closed, name=name)
    for p_ in subjects:
        CASE_SUBJ[kid].append(p_)
        add('case_subjects.csv', case_id=kid, person_id=p_)
    return kid


SANCTION = {}
SANCTION_ZH = {'CRITICISM_EDUCATION': '批评教育', 'REMINDER_TALK': '提醒谈话', 'ADMONISHMENT': '诫勉',
               'SUSPENSION_FOR_REVIEW': '停职检查', 'POST_ADJUSTMENT': '调整职务', 'ORDERED_RESIGNATION': '责令辞职',
               'DEMOTION': '降职', 'REMOVAL_FROM_OFFICE': '免职', 'PARTY_WARNING': '党内警告',
               'PARTY_SERIOUS_WARNING': '党内严重警告', 'PARTY_POST_REMOVAL': '撤销党内职务', 'PARTY_PROBATION': '留党察看',
               'PARTY_EXPULSION': '开除党籍', 'GOV_WARNING': '政务警告', 'GOV_DEMERIT': '记过', 'GOV_MAJOR_DEMERIT': '记大过',
               'GOV_DEMOTION': '降级', 'GOV_REMOVAL': '撤职', 'GOV_EXPULSION': '开除', 'JUDICIAL_TRANSFER': '移送司法机关',
               'ADMONITION_TALK': '约谈', 'ACCOUNTABILITY': '问责'}
_sseq = [0]


def sanction(pid, typ, day, case_id=None, sid=None, finding_id=None, reason=None):
    if sid is None:
        _sseq[0] += 1
        sid = 'SAN-%04d' % _sseq[0]
    SANCTION[sid] = add('sanctions.csv', id=sid, person_id=pid, type=typ, date=day, case_id=case_id,
                        finding_id=finding_id, name='%s:%s' % (PERSON[pid]['name'], SANCTION_ZH[typ]), reason=reason)
    return sid


RECT = {}
RECTS_OF = defaultdict(list)
_rseq = [0]


def rect(fid, task, deadline, status, completed=None, person='head', regulation=None, evidence=None, rid=None,
         **lists):
    if rid is None:
        _rseq[0] += 1
        rid = 'RECT-%04d' % _rseq[0]
    f = FINDING[fid]
    if person == 'head':
        person = head_on(f['org_id'], f['found_date'])
    if status in ('DONE', 'VERIFIED'):
        assert completed is not None
        evidence = evidence or rng.choice(['整改报告、会议记录', '退款凭证、整改报告', '制度文件、整改台账', '现场核查记录、整改报告',
                                           '财务凭证、对账销号单'])
    else:
        completed = None
    RECT[rid] = add('rectifications.csv', id=rid, finding_id=fid, task=task, deadline=deadline, status=status,
                    responsible_org_id=f['org_id'], responsible_person_id=person, completed_date=completed,
                    regulation=regulation, name='%s整改:%s' % (short_name(f['org_id'])[:14],
                                                               task.replace('\uff0c', ',').split(',')[0][:22]),
                    evidence=evidence, **lists)
    RECTS_OF[fid].append(rid)
    return rid


FIX = {}
_xseq = [0]


def fix(name, oid, day, fid=None):
    _xseq[0] += 1
    xid = 'FIX-%04d' % _xseq[0]
    FIX[xid] = add('institutional_fixes.csv', id=xid, name=name, org_id=oid, issued_date=day, finding_id=fid)
    return xid


PETITION = {}
_pseq2 = [0]


def petition(day, name, summary, about, by, status):
    _pseq2[0] += 1
    pid = 'PET-%04d' % _pseq2[0]
    PETITION[pid] = add('petitions.csv', id=pid, received_date=day, name=name, summary=summary, about_id=about,
                        received_by=by, status=status)
    return pid


def team_with(rid, oid):
    for tid, t in TEAM.items():
        if t['round_id'] == rid and oid in TEAM_TARGETS[tid]:
            return tid
    raise KeyError((rid, oid))


def jw_of(oid):
    ck = county_of(oid)
    return O('JW') if ck is None else 'ORG-%s-JW' % ck


# ---- the planted stories -------------------------------------------------------------------

def story_records():
    # S1 杨某某
    t = team_with('RND-QA-6-04', 'ORG-BY-TDCB')
    f = finding(t, 'ORG-BY-TDCB', 'FUND_MISAPPROPRIATION', d('2019-04-16'), 'HIGH',
                '白岩县土地储备中心副主任杨某某通过个人账户收取土地出让金',
                '2017年至2018年,杨某某以“代收”名义让2家开发企业将土地出让金355万元转入其个人账户,未及时缴入国库。',
                3_550_000, fid='FND-S1-01')
    flink(f, S['S1-YANG'], 'SUBJECT')
    flink(f, head_on('ORG-BY-TDCB', d('2019-04-16')), 'RESPONSIBLE')
    flink(f, 'ACC-P-S1-YANG', 'EVIDENCE')
    l1 = lead(t, 'INSPECTION', 'CASE_OPENED', d('2019-04-18'), f, 'PRELIMINARY_VERIFICATION', O('JW'),
              '巡察发现杨某某涉嫌将土地出让金355万元转入个人账户,边巡边移,市纪委监委提级办理。',
              '关于杨某某私收土地出让金的问题线索', True, lid='LEAD-S1-01')
    llink(l1, S['S1-YANG'], 'SUBJECT')
    llink(l1, 'ACC-P-S1-YANG', 'EVIDENCE')
    llink(l1, 'CO-S1-HF', 'EVIDENCE')
    t2 = team_with('RND-QA-6-04', 'ORG-LQ-XCZX')
    l2 = lead(t2, 'PETITION', 'CLOSED', d('2019-04-25'), None, 'CLOSED', O('JW'),
              '群众来信反映杨某某收受开发商好处,已并入LEAD-S1-01办理。', '关于杨某某的信访举报线索', lid='LEAD-S1-02')
    llink(l2, S['S1-YANG'], 'SUBJECT')
    k = case(d('2019-05-20'), l1, O('JW'), 'CLOSED', d('2019-12-18'), '杨某某严重违纪违法案', [S['S1-YANG']], kid='CASE-S1')
    sanction(S['S1-YANG'], 'PARTY_EXPULSION', d('2019-12-18'), k, sid='SAN-S1-1')
    sanction(S['S1-YANG'], 'GOV_EXPULSION', d('2019-12-18'), k, sid='SAN-S1-2')
    sanction(S['S1-YANG'], 'JUDICIAL_TRANSFER', d('2019-12-20'), k, sid='SAN-S1-3')
    rect(f, '追缴土地出让金355万元全额缴入国库', d('2019-07-31'), 'VERIFIED', d('2019-07-12'), rid='RECT-S1-1')
    rect(f, '清理代收代缴行为,建立土地出让收入收缴台账', d('2019-10-31'), 'DONE', d('2019-10-20'), rid='RECT-S1-2')
    fix('《白岩县国有土地使用权出让收入收缴管理办法》', 'ORG-BY-ZRZYJ', d('2019-11-08'), f)
    petition(d('2019-03-02'), '关于白岩县土地储备中心杨某某的举报', '反映杨某某要求开发商将土地出让金转入其个人账户。',
             S['S1-YANG'], 'ORG-BY-JW', 'FORWARDED')

    # S2 the road
    t = team_with('RND-SM-1-03', 'ORG-SM-T02-V03')
    f = finding(t, 'ORG-SM-T02-V03', 'FUND_MISAPPROPRIATION', d('2020-04-22'), 'HIGH',
                '赵家湾村裕民路实测长度比验收资料少200米,工程款全额支付',
                '库区扶持通组公路验收长度3200米,巡察组实地丈量3000米,村里仍按3200米全额支付工程款73.92万元,多付4.62万元。',
                46_200, fid='FND-S2-01')
    flink(f, S['S2-ZHAO'], 'RESPONSIBLE')
    flink(f, S['S2-LI'], 'SUBJECT')
    flink(f, S['S2-SHEN'], 'SUBJECT')
    flink(f, 'PRJ-S2-ROAD', 'EVIDENCE')
    flink(f, 'CT-S2-ROAD', 'EVIDENCE')
    flink(f, 'CO-S2-ST', 'BENEFICIARY')
    l1 = lead(t, 'INSPECTION', 'CASE_OPENED', d('2020-04-24'), f, 'PRELIMINARY_VERIFICATION', 'ORG-SM-JW',
              '赵家湾村“两委”对少修200米道路的工程验收把关不严并全额付款,涉嫌套取项目资金。',
              '关于赵家湾村裕民路工程款的问题线索', lid='LEAD-S2-01')
    for h in ('S2-ZHAO', 'S2-LI', 'S2-SHEN'):
        llink(l1, S[h], 'SUBJECT')
    llink(l1, 'CO-S2-ST', 'BENEFICIARY')
    k = case(d('2020-05-15'), l1, 'ORG-SM-JW', 'CLOSED', d('2020-07-15'), '赵家湾村“两委”成员套取项目资金案',
             [S['S2-ZHAO'], S['S2-LI'], S['S2-SHEN']], kid='CASE-S2')
    for i, h in enumerate(('S2-ZHAO', 'S2-LI', 'S2-SHEN'), start=1):
        sanction(S[h], 'PARTY_SERIOUS_WARNING', d('2020-07-15'), k, sid='SAN-S2-%d' % i)
    rect(f, '追缴多付工程款4.62万元', d('2020-07-31'), 'VERIFIED', d('2020-07-20'), rid='RECT-S2-1')
    rect(f, '对全乡通组路项目验收长度开展复核', d('2020-09-30'), 'DONE', d('2020-09-25'), person=None, rid='RECT-S2-2')
    fix('《石门县村级小型工程项目竣工验收管理办法》', 'ORG-SM-JTJ', d('2020-10-15'), f)

    # S3 collective violation at the reservoir-resettlement bureau; near miss at the disabled persons' federation
    t = team_with('RND-QA-7-01', O('SKYMJ'))
    f = finding(t, O('SKYMJ'), 'EIGHT_RULES', d('2022-04-20'), 'HIGH', '市水库和生态移民局以班子集体研究为名违规发放津补贴',
                '2019年至2021年,局党组以集体研究为名,以“移民工作补助”等名义违规发放津补贴48.6万元,班子成员均有领取。',
                486_000, fid='FND-S3-01')
    flink(f, S['S3-CHEN'], 'RESPONSIBLE')
    flink(f, S['S3-XU'], 'SUBJECT')
    flink(f, S['S3-CAO'], 'SUBJECT')
    flink(f, S['S3-HUANG'], 'RESPONSIBLE')
    flink(f, S['S3-HAN'], 'SUBJECT')
    l1 = lead(t, 'INSPECTION', 'CASE_OPENED', d('2022-04-22'), f, 'PRELIMINARY_VERIFICATION', O('JW'),
              '市水库和生态移民局班子集体违规发放津补贴,实施“一案双查”。', '关于市水库和生态移民局集体违规发放津补贴的问题线索',
              lid='LEAD-S3-01')
    for h in ('S3-CHEN', 'S3-XU', 'S3-CAO'):
        llink(l1, S[h], 'SUBJECT')
    k = case(d('2022-05-20'), l1, O('JW'), 'CLOSED', d('2022-09-26'), '市水库和生态移民局集体违规发放津补贴问题“一案双查”',
             [S['S3-CHEN'], S['S3-XU'], S['S3-CAO'], S['S3-HAN']], kid='CASE-S3')
    sanction(S['S3-CHEN'], 'PARTY_SERIOUS_WARNING', d('2022-09-26'), k, sid='SAN-S3-1')
    sanction(S['S3-XU'], 'PARTY_WARNING', d('2022-09-26'), k, sid='SAN-S3-2')
    sanction(S['S3-CAO'], 'PARTY_WARNING', d('2022-09-26'), k, sid='SAN-S3-3')
    sanction(S['S3-HAN'], 'PARTY_WARNING', d('2022-09-26'), k, sid='SAN-S3-4')
    sanction(S['S3-XIE'], 'ADMONITION_TALK', d('2022-09-28'), k, sid='SAN-S3-5')
    rect(f, '清退违规发放的津补贴48.6万元', d('2022-08-31'), 'VERIFIED', d('2022-08-15'), rid='RECT-S3-1')
    rect(f, '召开专题民主生活会,班子成员作深刻检查', d('2022-07-31'), 'DONE', d('2022-07-20'), rid='RECT-S3-2')
    fix('《黔安市水库和生态移民局津贴补贴发放管理规定》', O('SKYMJ'), d('2022-09-01'), f)
    f = finding(t, O('CL'), 'EIGHT_RULES', d('2022-04-26'), 'MEDIUM', '市残联违规发放加班补贴',
                '以加班补贴名义向部分班子成员发放补贴3.2万元。', 32_000, fid='FND-S3N-01')
    flink(f, S['S3N-LI'], 'RESPONSIBLE')
    flink(f, CL_DEP[0], 'SUBJECT')
    flink(f, CL_DEP[1], 'SUBJECT')
    rect(f, '清退违规发放的加班补贴3.2万元', d('2022-08-31'), 'VERIFIED', d('2022-07-28'), rid='RECT-S3N-1')

    # S4 collapse at the sports bureau
    t = team_with('RND-QA-7-04', O('TYJ'))
    f1 = finding(t, O('TYJ'), 'PROCUREMENT', d('2023-09-20'), 'HIGH', '体育馆改造提升工程违规指定承包商、围标串标',
                 '局主要负责人授意将体育馆改造工程“定向”给博远公司,其他投标企业系陪标。', 12_350_000, fid='FND-S4-01')
    flink(f1, S['S4-HE'], 'SUBJECT')
    flink(f1, S['S4-ZHANG'], 'SUBJECT')
    flink(f1, S['S4-GUO'], 'RESPONSIBLE')
    flink(f1, 'PRJ-S4-HALL', 'EVIDENCE')
    flink(f1, 'CT-S4-HALL', 'EVIDENCE')
    flink(f1, 'CO-S4-TY', 'BENEFICIARY')
    f2 = finding(t, O('TYJ'), 'EIGHT_RULES', d('2023-09-28'), 'HIGH', '局领导班子集体违规发放津补贴、公款吃喝',
                 '2020年以来,以“赛事补助”名义违规发放津补贴62万元,在定点酒店公款吃喝。', 620_000, fid='FND-S4-02')
    flink(f2, S['S4-HE'], 'RESPONSIBLE')
    flink(f2, S['S4-ZHANG'], 'SUBJECT')
    flink(f2, S['S4-SUN'], 'SUBJECT')
    flink(f2, S['S4-HU'], 'SUBJECT')
    flink(f2, [c for c in COMPANY if CO_KIND[c] == 'catering'][0], 'BENEFICIARY')
    f3 = finding(t, O('TYJ'), 'FINANCIAL_MISMANAGEMENT', d('2023-10-09'), 'MEDIUM', '白条入账、虚列支出套取资金',
                 '财务科以白条和虚假发票列支38万元。', 380_000, fid='FND-S4-03')
    flink(f3, S['S4-GUO'], 'SUBJECT')
    flink(f3, S['S4-HU'], 'SUBJECT')
    f4 = finding(t, O('TYJ'), 'PERSONNEL', d('2023-10-12'), 'MEDIUM', '违规突击提拔中层干部',
                 '主要负责人离任前突击提拔中层干部3名,未经民主推荐。', fid='FND-S4-04')
    flink(f4, S['S4-HE'], 'RESPONSIBLE')
    flink(f4, S['S4-MA'], 'SUBJECT')
    f5 = finding(t, O('TYJ'), 'FUND_MISAPPROPRIATION', d('2023-10-16'), 'HIGH', '体育彩票公益金使用管理混乱',
                 '体彩公益金项目虚报器材数量,套取资金。', 260_000, fid='FND-S4-05')
    flink(f5, S['S4-LIN'], 'SUBJECT')
    flink(f5, S['S4-MA'], 'SUBJECT')
    flink(f5, 'PRJ-S4-FIT', 'EVIDENCE')
    l1 = lead(t, 'INSPECTION', 'CASE_OPENED', d('2023-09-22'), f1, 'PRELIMINARY_VERIFICATION', O('JW'),
              '何某某、张某某涉嫌在体育馆改造工程中收受承包商好处,其配偶账户收到承包商“咨询费”80万元。',
              '关于何某某、张某某的问题线索', True, lid='LEAD-S4-01')
    llink(l1, S['S4-HE'], 'SUBJECT')
    llink(l1, S['S4-ZHANG'], 'SUBJECT')
    llink(l1, 'CO-S4-TY', 'BENEFICIARY')
    llink(l1, 'ACC-P-S4-HE-WIFE', 'EVIDENCE')
    l2 = lead(t, 'INSPECTION', 'CASE_OPENED', d('2023-09-30'), f2, 'PRELIMINARY_VERIFICATION', O('JW'),
              '孙某某、胡某参与违规发放津补贴并经手公款吃喝。', '关于孙某某、胡某的问题线索', lid='LEAD-S4-02')
    llink(l2, S['S4-SUN'], 'SUBJECT')
    llink(l2, S['S4-HU'], 'SUBJECT')
    pet = petition(d('2023-08-20'), '关于市体育局中层干部的举报', '反映市体育局部分科长套取体彩公益金。', O('TYJ'), O('JW'),
                   'CLOSED')
    l3 = lead(t, 'PETITION', 'CASE_OPENED', d('2023-09-12'), None, 'PRELIMINARY_VERIFICATION', O('JW'),
              '信访件%s反映马某、林某、郭某套取体彩公益金,巡察组核实后移交。' % pet, '关于马某、林某、郭某的信访线索',
              lid='LEAD-S4-03')
    LEAD[l3]['org_id'] = O('TYJ')  # a petition lead without a finding names the unit it is about
    for h in ('S4-MA', 'S4-LIN', 'S4-GUO'):
        llink(l3, S[h], 'SUBJECT')
    l4 = lead(t, 'BIG_DATA', 'CLOSED', d('2023-10-08'), f1, 'CLOSED', O('JW'),
              '大数据比对发现承包商向何某某配偶账户转账,已并入LEAD-S4-01办理。', '关于博远公司异常转账的比对线索',
              lid='LEAD-S4-04')
    llink(l4, 'ACC-P-S4-HE-WIFE', 'EVIDENCE')
    llink(l4, S['S4-HE'], 'SUBJECT')
    k1 = case(d('2023-10-27'), l1, O('JW'), 'CLOSED', d('2024-03-25'), '何某某、张某某严重违纪违法案',
              [S['S4-HE'], S['S4-ZHANG'], S['S4-GUO']], kid='CASE-S4-1')
    k2 = case(d('2023-11-15'), l2, O('JW'), 'CLOSED', d('2024-03-18'), '孙某某、胡某违纪案', [S['S4-SUN'], S['S4-HU']],
              kid='CASE-S4-2')
    k3 = case(d('2023-11-20'), l3, O('JW'), 'CLOSED', d('2024-04-10'), '马某、林某违纪违法案', [S['S4-MA'], S['S4-LIN']],
              kid='CASE-S4-3')
    for sid, h, typ, day, k in [
            ('SAN-S4-01', 'S4-HE', 'PARTY_EXPULSION', '2024-03-18', k1), ('SAN-S4-02', 'S4-HE', 'GOV_EXPULSION', '2024-03-18', k1),
            ('SAN-S4-03', 'S4-HE', 'JUDICIAL_TRANSFER', '2024-03-25', k1),
            ('SAN-S4-04', 'S4-ZHANG', 'PARTY_EXPULSION', '2024-03-18', k1),
            ('SAN-S4-05', 'S4-ZHANG', 'JUDICIAL_TRANSFER', '2024-03-25', k1),
            ('SAN-S4-06', 'S4-GUO', 'PARTY_PROBATION', '2024-03-18', k1),
            ('SAN-S4-07', 'S4-SUN', 'PARTY_POST_REMOVAL', '2024-03-18', k2),
            ('SAN-S4-08', 'S4-HU', 'PARTY_SERIOUS_WARNING', '2024-03-18', k2),
            ('SAN-S4-09', 'S4-MA', 'PARTY_WARNING', '2024-04-10', k3), ('SAN-S4-10', 'S4-LIN', 'PARTY_WARNING', '2024-04-10', k3),
            ('SAN-S4-11', 'S4-QIAN', 'ACCOUNTABILITY', '2024-04-10', k1),
            # government sanctions (政务处分) beside the party ones: 撤职 is not 撤销党内职务, 政务警告 not 党内警告
            ('SAN-S4-12', 'S4-SUN', 'GOV_REMOVAL', '2024-03-18', k2),
            ('SAN-S4-13', 'S4-MA', 'GOV_WARNING', '2024-04-10', k3),
            ('SAN-S4-14', 'S4-LIN', 'GOV_DEMERIT', '2024-04-10', k3),
            ('SAN-S4-15', 'S4-HU', 'GOV_MAJOR_DEMERIT', '2024-03-18', k2),
            ('SAN-S4-16', 'S4-GUO', 'GOV_DEMOTION', '2024-03-18', k1)]:
        sanction(S[h], typ, d(day), k, sid=sid)
    # 一案双查: the cases also examine the responsibility of the head (主体责任) and of the
    # dispatched discipline group leader (监督责任)
    add('case_leaders.csv', case_id=k1, person_id=S['S4-QIAN'])
    add('case_leaders.csv', case_id=k2, person_id=S['S4-HE'])
    # 谈话函询 first; the inquiry found more, so 初步核实, then 立案 (lead_history.csv)
    STORY_PATHS[l2] = ['PROPOSE_TRANSFER', 'APPROVE_TRANSFER', 'INQUIRE', 'VERIFY_AFTER_INQUIRY']
    rect(f1, '追缴体育馆改造工程违规所得', d('2024-06-30'), 'IN_PROGRESS', person=None, rid='RECT-S4-1')
    rect(f1, '完善政府采购内部控制制度', d('2024-03-31'), 'DONE', d('2024-03-20'), person=None, rid='RECT-S4-2')
    rect(f2, '清退违规发放的津补贴62万元', d('2024-02-29'), 'VERIFIED', d('2024-02-06'), person=None, rid='RECT-S4-3')
    rect(f3, '清理白条,补齐原始凭证', d('2024-01-31'), 'DONE', d('2024-01-25'), person=None, rid='RECT-S4-4')
    rect(f4, '对突击提拔的3名中层干部逐人复核', d('2024-03-31'), 'VERIFIED', d('2024-03-29'), person=None, rid='RECT-S4-5')
    rect(f5, '重新核查体彩公益金项目并追回资金', d('2024-09-30'), 'REJECTED', person=None, rid='RECT-S4-6')
    fix('《黔安市体育局政府采购内部控制管理办法》', O('TYJ'), d('2024-03-20'), f1)
    fix('《黔安市体育彩票公益金使用管理办法》', O('TYJ'), d('2024-05-10'), f5)

    # S5 the allowance roll
    t = team_with('RND-BY-1-03', 'ORG-BY-T04-V02')
    f = finding(t, 'ORG-BY-T04-V02', 'PETTY_CORRUPTION', d('2020-04-28'), 'HIGH',
                '村党支部书记罗某某优亲厚友,将配偶等4名亲属违规纳入低保',
                '2018年至2020年,罗某某将其妻子、弟弟、女儿、弟媳纳入低保,累计领取低保金6.12万元。', 61_200, fid='FND-S5-01')
    flink(f, S['S5-LUO'], 'SUBJECT')
    for h in ('S5-WU', 'S5-BRO', 'S5-DAU', 'S5-INLAW'):
        flink(f, S[h], 'BENEFICIARY')
    l1 = lead(t, 'INSPECTION', 'CASE_OPENED', d('2020-04-30'), f, 'PRELIMINARY_VERIFICATION', 'ORG-BY-JW',
              '罗某某涉嫌优亲厚友,违规将亲属纳入低保。', '关于罗某某优亲厚友的问题线索', lid='LEAD-S5-01')
    llink(l1, S['S5-LUO'], 'SUBJECT')
    llink(l1, S['S5-WU'], 'BENEFICIARY')
    k = case(d('2020-06-02'), l1, 'ORG-BY-JW', 'CLOSED', d('2020-09-08'), '罗某某优亲厚友违规办理低保案', [S['S5-LUO']],
             kid='CASE-S5')
    sanction(S['S5-LUO'], 'PARTY_POST_REMOVAL', d('2020-09-08'), k, sid='SAN-S5-1')
    rect(f, '清退违规领取的低保金6.12万元,取消4户低保资格', d('2020-08-31'), 'VERIFIED', d('2020-08-26'), rid='RECT-S5-1')
    fix('《白岩县村干部近亲属享受惠民政策备案管理办法》', 'ORG-BY-MZJ', d('2020-11-02'), f)

    # S6 conflict of interest
    t = team_with('RND-LQ-2-01', 'ORG-LQ-SLJ')
    f = finding(t, 'ORG-LQ-SLJ', 'PROCUREMENT', d('2022-05-18'), 'HIGH', '副局长王某某配偶控股企业承揽本局工程项目',
                '王某某配偶陈某英控股的清源公司2020年、2021年承揽本局工程2个,合同金额478万元,王某某未申报回避。', 4_780_000,
                fid='FND-S6-01')
    flink(f, S['S6-WANG'], 'SUBJECT')
    flink(f, 'CO-S6-QY', 'BENEFICIARY')
    flink(f, 'CT-S6-1', 'EVIDENCE')
    flink(f, 'CT-S6-2', 'EVIDENCE')
    l1 = lead(t, 'INSPECTION', 'UNDER_VERIFICATION', d('2022-05-20'), f, 'PRELIMINARY_VERIFICATION', 'ORG-LQ-JW',
              '王某某涉嫌利用职务便利为配偶企业承揽工程提供帮助。', '关于王某某利益冲突的问题线索', lid='LEAD-S6-01')
    llink(l1, S['S6-WANG'], 'SUBJECT')
    llink(l1, 'CO-S6-QY', 'BENEFICIARY')
    rect(f, '清理领导干部亲属经商办企业与本单位业务往来', d('2022-11-30'), 'IN_PROGRESS', rid='RECT-S6-1')

    # S7 recurring after rectification, and two near misses
    t = team_with('RND-QA-6-02', O('MZJ'))
    f = finding(t, O('MZJ'), 'FINANCIAL_MISMANAGEMENT', d('2017-10-20'), 'MEDIUM', '市民政局白条入账、往来款长期挂账',
                '2016年以来白条入账63笔23.6万元,往来款长期挂账。', 236_000, fid='FND-S7-01')
    flink(f, head_on(O('MZJ'), d('2017-10-20')), 'RESPONSIBLE')
    rect(f, '清理白条,补齐原始凭证', d('2018-04-30'), 'VERIFIED', d('2018-03-30'), rid='RECT-S7-1')
    rect(f, '清理往来款项,逐笔核销', d('2018-05-31'), 'DONE', d('2018-05-15'), rid='RECT-S7-2')
    t = team_with('RND-QA-7-03', O('MZJ'))
    f = finding(t, O('MZJ'), 'FINANCIAL_MISMANAGEMENT', d('2023-05-12'), 'MEDIUM', '市民政局白条入账问题反弹',
                '回头看发现2022年以来又有白条入账41笔15.8万元,上轮整改“销号”后问题反弹。', 158_000, fid='FND-S7-02')
    flink(f, head_on(O('MZJ'), d('2023-05-12')), 'RESPONSIBLE')
    rect(f, '再次清理白条并追究财务人员责任', d('2023-11-30'), 'DONE', d('2023-12-20'), rid='RECT-S7-3')
    t = team_with('RND-QA-6-01', O('WJW'))
    f = finding(t, O('WJW'), 'PROCUREMENT', d('2017-04-25'), 'MEDIUM', '市卫健委医疗设备采购规避公开招标',
                '将医疗设备采购拆分为多个包直接采购。', 1_260_000, fid='FND-S7N-01')
    flink(f, head_on(O('WJW'), d('2017-04-25')), 'RESPONSIBLE')
    rect(f, '对拆分采购项目开展专项审计', d('2017-10-31'), 'IN_PROGRESS', rid='RECT-S7N-1')
    t = team_with('RND-QA-7-01', O('WJW'))
    f = finding(t, O('WJW'), 'PROCUREMENT', d('2022-04-15'), 'MEDIUM', '市卫健委政府采购程序不规范',
                '部分采购项目未按规定履行采购程序。', fid='FND-S7N-02')
    rect(f, '规范政府采购程序', d('2022-10-31'), 'DONE', d('2022-10-10'), rid='RECT-S7N-2')
    t = team_with('RND-QA-6-02', O('ZJJ'))
    f = finding(t, O('ZJJ'), 'EIGHT_RULES', d('2017-10-25'), 'LOW', '市住建局超标准公务接待',
                '公务接待超标准、无公函接待。', 42_000, fid='FND-S7N-03')
    rect(f, '清退超标准接待费用', d('2018-04-30'), 'DONE', d('2021-06-30'), rid='RECT-S7N-3')
    t = team_with('RND-QA-6-07', O('ZJJ'))
    f = finding(t, O('ZJJ'), 'EIGHT_RULES', d('2020-10-15'), 'LOW', '市住建局公务接待问题整改未完成',
                '回头看发现超标准接待费用尚未全部清退。', 18_000, fid='FND-S7N-04')
    rect(f, '完成超标准接待费用清退', d('2021-03-31'), 'DONE', d('2021-03-15'), rid='RECT-S7N-4')

    # S8 corroborated leads (joint city-county inspection)
    t = team_with('RND-QA-7-02', O('XCZX'))
    f = finding(t, O('XCZX'), 'FUND_MISAPPROPRIATION', d('2022-10-10'), 'HIGH',
                '特色产业扶贫示范基地建设项目承建企业虚报建设内容', '恒兴公司虚报大棚建设面积,多领取项目资金42万元。', 420_000,
                fid='FND-S8-01')
    flink(f, 'CO-S8-HX', 'BENEFICIARY')
    flink(f, 'PRJ-S8-1', 'EVIDENCE')
    l1 = lead(t, 'INSPECTION', 'TRANSFERRED', d('2022-10-12'), f, 'FURTHER_UNDERSTANDING', O('JW'),
              '恒兴公司在市级产业基地项目中虚报建设内容,该公司还承建清溪县扶贫项目,建议联动核查。',
              '关于恒兴公司虚报建设内容的问题线索', lid='LEAD-S8-01')
    llink(l1, 'CO-S8-HX', 'SUBJECT')
    t = team_with('RND-QX-2-01', 'ORG-QX-XCZX')
    f = finding(t, 'ORG-QX-XCZX', 'FUND_MISAPPROPRIATION', d('2022-10-18'), 'HIGH',
                '食用菌产业扶贫项目验收把关不严,承建企业套取项目资金', '副局长邓某某审批的食用菌项目未按合同建设即验收付款。',
                310_000, fid='FND-S8-02')
    flink(f, S['S8-DENG'], 'SUBJECT')
    flink(f, 'CO-S8-HX', 'BENEFICIARY')
    l2 = lead(t, 'INSPECTION', 'CASE_OPENED', d('2022-10-20'), f, 'PRELIMINARY_VERIFICATION', 'ORG-QX-JW',
              '邓某某涉嫌收受恒兴公司好处,违规验收付款。', '关于邓某某和恒兴公司的问题线索', lid='LEAD-S8-02')
    llink(l2, 'CO-S8-HX', 'SUBJECT', force=True)
    llink(l2, S['S8-DENG'], 'SUBJECT')
    k = case(d('2022-12-05'), l2, 'ORG-QX-JW', 'CLOSED', d('2023-06-20'), '邓某某严重违纪违法案', [S['S8-DENG']],
             kid='CASE-S8')
    sanction(S['S8-DENG'], 'PARTY_EXPULSION', d('2023-06-20'), k, sid='SAN-S8-1')
    sanction(S['S8-DENG'], 'JUDICIAL_TRANSFER', d('2023-06-28'), k, sid='SAN-S8-2')
    rect('FND-S8-01', '追回恒兴公司多领取的项目资金42万元', d('2023-03-31'), 'VERIFIED', d('2023-03-10'), rid='RECT-S8-1')
    rect('FND-S8-02', '追回被套取的项目资金31万元', d('2023-04-30'), 'DONE', d('2023-06-30'), rid='RECT-S8-2')

    # S9 circular flow at the city construction investment group
    t = team_with('RND-QA-7-05', O('CT'))
    f = finding(t, O('CT'), 'FUND_MISAPPROPRIATION', d('2024-05-14'), 'HIGH', '通过关联贸易公司资金体外循环、虚增营业收入',
                '2023年3月至4月,集团以预付材料款名义将500万元转入鼎盛商贸,经汇金咨询回流集团,虚增营业收入。', 5_000_000,
                fid='FND-S9-01')
    flink(f, head_on(O('CT'), d('2024-05-14')), 'RESPONSIBLE')
    for a in ('ACC-QA-CT', 'ACC-CO-S9-DS', 'ACC-CO-S9-HJ'):
        flink(f, a, 'EVIDENCE')
    l1 = lead(t, 'BIG_DATA', 'UNDER_VERIFICATION', d('2024-05-16'), f, 'TALK_INQUIRY', O('JW'),
              '大数据比对发现城投集团资金经两家公司闭环回流。', '关于城投集团资金体外循环的比对线索', lid='LEAD-S9-01')
    llink(l1, 'CO-S9-DS', 'SUBJECT')
    llink(l1, 'CO-S9-HJ', 'SUBJECT')
    rect(f, '清理关联交易,规范资金支付审批', d('2024-12-31'), 'IN_PROGRESS', rid='RECT-S9-1')

    # S11 sanction ignored, and the near miss
    t = team_with('RND-LQ-1-01', 'ORG-LQ-T02')
    f = finding(t, 'ORG-LQ-T02', 'EIGHT_RULES', d('2017-05-20'), 'MEDIUM', '党委副书记周某某违规收受管理服务对象礼金',
                '周某某在项目协调中收受礼金3.6万元。', 36_000, fid='FND-S11-01')
    flink(f, S['S11-ZHOU'], 'SUBJECT')
    l1 = lead(t, 'INSPECTION', 'CASE_OPENED', d('2017-05-24'), f, 'PRELIMINARY_VERIFICATION', 'ORG-LQ-JW',
              '周某某涉嫌收受礼金。', '关于周某某收受礼金的问题线索', lid='LEAD-S11-01')
    llink(l1, S['S11-ZHOU'], 'SUBJECT')
    k = case(d('2017-09-15'), l1, 'ORG-LQ-JW', 'CLOSED', d('2018-01-16'), '周某某违纪案', [S['S11-ZHOU']], kid='CASE-S11')
    sanction(S['S11-ZHOU'], 'PARTY_POST_REMOVAL', d('2018-01-16'), k, sid='SAN-S11-1')
    rect(f, '上交违规收受礼金3.6万元', d('2017-09-30'), 'VERIFIED', d('2017-08-30'), rid='RECT-S11-1')
    t = team_with('RND-AP-1-02', 'ORG-AP-T04')
    f = finding(t, 'ORG-AP-T04', 'PETTY_CORRUPTION', d('2018-05-15'), 'MEDIUM', '副镇长冯某某在征地拆迁中吃拿卡要',
                '冯某某在征地补偿协调中多次接受宴请并收取“协调费”。', 28_000, fid='FND-S11N-01')
    flink(f, S['S11N-FENG'], 'SUBJECT')
    l1 = lead(t, 'INSPECTION', 'CASE_OPENED', d('2018-05-18'), f, 'PRELIMINARY_VERIFICATION', 'ORG-AP-JW',
              '冯某某涉嫌吃拿卡要。', '关于冯某某的问题线索', lid='LEAD-S11N-01')
    llink(l1, S['S11N-FENG'], 'SUBJECT')
    k = case(d('2018-07-02'), l1, 'ORG-AP-JW', 'CLOSED', d('2018-11-28'), '冯某某违纪案', [S['S11N-FENG']],
             kid='CASE-S11N')
    sanction(S['S11N-FENG'], 'PARTY_POST_REMOVAL', d('2018-11-28'), k, sid='SAN-S11N-1')
    rect(f, '退还违规收取的协调费', d('2018-10-31'), 'VERIFIED', d('2018-09-12'), rid='RECT-S11N-1')


story_records()


# ---- background records --------------------------------------------------------------------

DATA_END = d('2026-10-31')
STABLE_FROM, STABLE_TO = AS_OF, d('2027-03-31')  # no deadline falls here, so the ground truth holds all winter
SEVERE = ('PARTY_POST_REMOVAL', 'PARTY_EXPULSION', 'GOV_REMOVAL', 'GOV_EXPULSION', 'JUDICIAL_TRANSFER')


def cats_for(oid, rtype):
    o = ORG[oid]
    if o['level'] == 'VILLAGE':
        cats, w = VIL_CATS, VIL_W
    elif o['level'] == 'TOWNSHIP':
        cats, w = TOWN_CATS, TOWN_W
    else:
        cats, w = DEPT_CATS, DEPT_W
    if rtype == 'LOOKBACK':
        cats, w = ['RECTIFICATION_FAILURE'] + cats, [40] + w
    pairs = [(c, x) for c, x in zip(cats, w) if c not in USED_CAT[oid]]
    return pairs


def weighted(pairs):
    total = sum(x for _, x in pairs)
    r = rng.uniform(0, total)
    for c, x in pairs:
        r -= x
        if r <= 0:
            return c
    return pairs[-1][0]


AMOUNTS = {'EIGHT_RULES': (8, 400, 100), 'FINANCIAL_MISMANAGEMENT': (20, 900, 1000), 'FUND_MISAPPROPRIATION': (5, 600, 100),
           'PETTY_CORRUPTION': (2, 60, 100), 'PROCUREMENT': (50, 800, 10000), 'DATA_FALSIFICATION': (1, 20, 1000)}


def background_findings():
    story_pairs = {(f['team_id'], f['org_id']) for f in FINDING.values()}
    teams = sorted(TEAM, key=lambda t: (ROUND[TEAM[t]['round_id']]['start_date'], t))
    catering = [c for c in COMPANY if CO_KIND[c] == 'catering']
    for tid in teams:
        r = ROUND[TEAM[tid]['round_id']]
        city_round = r['committee_id'] == SW
        for oid in TEAM_TARGETS[tid]:
            if (tid, oid) in story_pairs:
                continue
            lvl = ORG[oid]['level']
            if r['type'] == 'VILLAGE':
                k = 1 if rng.random() < 0.2 else 0
            elif lvl == 'VILLAGE':
                k = rng.choice([0, 1, 1])
            elif city_round and lvl == 'CITY':
                k = rng.choice([1, 2, 2, 3]) if r['type'] != 'LOOKBACK' else rng.choice([1, 1, 2])
            else:
                k = rng.choice([0, 0, 1, 1, 1, 2])
            for _ in range(k):
                if ORG_META[oid].get('key') == 'JYJ' and county_of(oid) and 'FUND_MISAPPROPRIATION' not in USED_CAT[oid]:
                    cat, tpl = 'FUND_MISAPPROPRIATION', TEMPL['FUND_MISAPPROPRIATION'][2]  # 营养改善计划: systemic
                else:
                    pairs = cats_for(oid, r['type'])
                    if not pairs:
                        break
                    cat = weighted(pairs)
                    tpl = rng.choice(TEMPL[cat])
                day = between(plus(r['start_date'], 14), plus(r['end_date'], -5))
                amt = None
                if cat in AMOUNTS and rng.random() < 0.8:
                    lo, hi, unit = AMOUNTS[cat]
                    amt = rng.randint(lo, hi) * unit
                sev = rng.choices(['LOW', 'MEDIUM', 'HIGH'], [40, 45, 15] if cat not in (
                    'FUND_MISAPPROPRIATION', 'PETTY_CORRUPTION', 'CLAN_BULLY') else [15, 45, 40])[0]
                fid = finding(tid, oid, cat, day, sev, '%s:%s' % (org_label(oid), tpl[0]), tpl[1], amt)
                FINDING[fid]['_tpl'] = tpl
                head = head_on(oid, day)
                if head and rng.random() < 0.65:
                    flink(fid, head, 'RESPONSIBLE')
                if cat in ('EIGHT_RULES', 'PERSONNEL', 'FUND_MISAPPROPRIATION', 'PETTY_CORRUPTION', 'CLAN_BULLY',
                           'FINANCIAL_MISMANAGEMENT') and rng.random() < 0.55:
                    others = [p_ for p_ in staff_on(oid, day) if p_ != head]
                    if others:
                        flink(fid, rng.choice(others), 'SUBJECT')
                if cat == 'PROCUREMENT':
                    prjs = [p_ for p_ in PROJECT if PROJECT[p_]['org_id'] == oid and CONTRACTS_OF[p_]
                            and CONTRACT[CONTRACTS_OF[p_][0]]['signed_date'] < day]
                    if prjs:
                        p_ = rng.choice(prjs)
                        flink(fid, p_, 'EVIDENCE')
                        flink(fid, CONTRACT[CONTRACTS_OF[p_][0]]['company_id'], 'BENEFICIARY')
                if cat == 'EIGHT_RULES' and rng.random() < 0.3:
                    flink(fid, rng.choice(catering), 'BENEFICIARY')
                if cat in ('FUND_MISAPPROPRIATION', 'PETTY_CORRUPTION') and lvl == 'VILLAGE' and rng.random() < 0.5:
                    flink(fid, 'ACC-' + oid[4:], 'EVIDENCE')


background_findings()

STATUS_OLD = [(('CASE_OPENED', 'PRELIMINARY_VERIFICATION'), 30), (('CLOSED', 'CLOSED'), 18),
              (('CLOSED', 'TALK_INQUIRY'), 16), (('CLOSED', 'FURTHER_UNDERSTANDING'), 8),
              (('TRANSFERRED', 'FURTHER_UNDERSTANDING'), 6), (('OPEN', 'SHELVED'), 6),
              (('UNDER_VERIFICATION', 'PRELIMINARY_VERIFICATION'), 6), (('UNDER_VERIFICATION', 'TALK_INQUIRY'), 6)]
STATUS_NEW = [(('OPEN', None), 30), (('OPEN', 'SHELVED'), 10), (('TRANSFERRED', None), 20),
              (('TRANSFERRED', 'FURTHER_UNDERSTANDING'), 10), (('UNDER_VERIFICATION', 'TALK_INQUIRY'), 15),
              (('UNDER_VERIFICATION', 'PRELIMINARY_VERIFICATION'), 15),
              (('CASE_OPENED', 'PRELIMINARY_VERIFICATION'), 15)]


def pick_status(day):
    if day >= d('2026-01-01'):
        table = STATUS_NEW[:4]  # this spring's round: not handed on yet
    else:
        table = STATUS_NEW if day >= d('2025-01-01') else STATUS_OLD
    return rng.choices([s for s, _ in table], [w for _, w in table])[0]


def lead_target(oid, cat):
    if cat == 'PERSONNEL':
        ck = county_of(oid)
        return O('ZZB') if ck is None else 'ORG-%s-ZZB' % ck
    return jw_of(oid)


def close_case(lid, subjects, oid, name):
    ld = LEAD[lid]
    opened = plus(ld['created_date'], rng.randint(25, 90))
    if opened > d('2026-09-30'):
        opened = d('2026-09-30')
    closed = plus(opened, rng.randint(60, 240))
    if closed > d('2026-10-20') or opened >= d('2025-03-01'):
        status, closed = 'OPEN', None
    else:
        status = 'CLOSED'
    k = case(opened, lid, ld['transferred_to'], status, closed, name, subjects)
    if status == 'CLOSED':
        for p_ in subjects:
            typ = rng.choices(['PARTY_WARNING', 'PARTY_SERIOUS_WARNING', 'PARTY_PROBATION', 'ACCOUNTABILITY', 'ADMONITION_TALK'],
                              [35, 25, 8, 17, 15])[0]
            sanction(p_, typ, closed, k)
        head = head_on(oid, opened)
        if head and head not in subjects and head not in STORY_PERSONS and rng.random() < 0.4:
            sanction(head, rng.choice(['ACCOUNTABILITY', 'ADMONITION_TALK']), plus(closed, 3), k)  # 一案双查
            add('case_leaders.csv', case_id=k, person_id=head)
    return k


def r_start(f):
    return ROUND[TEAM[f['team_id']]['round_id']]['start_date']


def background_leads():
    fids = [f for f in FINDING if not f.startswith('FND-S')]
    forced, named = [], set()
    for fid in fids:  # the first two findings of 2025 that name two different persons
        who = [e for e, _ in F_LINKS[fid] if e in PERSON and e not in STORY_PERSONS]
        if r_start(FINDING[fid]).year == 2025 and who and who[0] not in named and len(forced) < 2:
            forced.append(fid)
            named.add(who[0])
    for fid in fids:
        f = FINDING[fid]
        p_ = {'HIGH': 0.5, 'MEDIUM': 0.15, 'LOW': 0.04}[f['severity']]
        if r_start(f) >= d('2026-01-01'):
            p_ = 0.35
        # the first two findings of 2025 that name a person: cases still under investigation
        force = fid in forced
        if rng.random() >= p_ and not force:
            continue
        day = plus(f['found_date'], rng.randint(1, 8))
        status, disposal = pick_status(day)
        if force:
            status, disposal = 'CASE_OPENED', 'PRELIMINARY_VERIFICATION'
        oid = f['org_id']
        to = None if status == 'OPEN' else lead_target(oid, f['category'])
        persons = [e for e, r_ in F_LINKS[fid] if e in PERSON and e not in STORY_PERSONS]
        prole = {e: r_ for e, r_ in F_LINKS[fid]}
        companies = [e for e, r_ in F_LINKS[fid] if e in COMPANY and not e.startswith('CO-S')]
        who = PERSON[persons[0]]['name'] if persons else short_name(oid)
        lid = lead(f['team_id'], 'INSPECTION', status, day, fid, disposal, to,
                   '巡察发现%s涉嫌%s问题,%s。' % (who, CAT_ZH[f['category']],
                                           '按程序移交' if to else '暂由巡察组掌握'),
                   '关于%s的问题线索' % who, True if status == 'CASE_OPENED' and rng.random() < 0.15 else None)
        linked = [p for p in persons[:2] if llink(lid, p, prole[p])]
        for c in companies[:1]:
            llink(lid, c, 'BENEFICIARY')
        if not linked:
            llink(lid, oid, 'SUBJECT')
            if status == 'CASE_OPENED':
                LEAD[lid]['status'] = 'UNDER_VERIFICATION'
            continue
        if status == 'CASE_OPENED':
            close_case(lid, linked, oid, '%s%s案' % ('、'.join(PERSON[p]['name'] for p in linked),
                                                      '违纪违法' if f['severity'] == 'HIGH' else '违纪'))
    # leads from petitions, audit and data matching, owned by the team that received them
    sources = ['PETITION'] * 6 + ['AUDIT'] * 4 + ['BIG_DATA'] * 3 + ['OTHER'] * 2
    teams = sorted(TEAM)
    for i, src in enumerate(sources):
        tid = rng.choice(teams)
        r = ROUND[TEAM[tid]['round_id']]
        oid = rng.choice(TEAM_TARGETS[tid])
        day = between(r['start_date'], r['end_date'])
        cands = [p for p in staff_on(oid, day) if p not in STORY_PERSONS]
        if not cands:
            continue
        pid = rng.choice(cands)
        status, disposal = pick_status(day)
        to = None if status == 'OPEN' else jw_of(oid)
        what = {'PETITION': '群众信访举报', 'AUDIT': '审计移送', 'BIG_DATA': '大数据比对', 'OTHER': '其他渠道'}[src]
        prob = rng.choice(['违规收受礼金', '插手工程项目', '违规报销费用', '违规经商办企业', '优亲厚友'])
        if src == 'PETITION':
            pet = petition(plus(day, -rng.randint(5, 40)), '关于%s的举报' % PERSON[pid]['name'],
                           '反映%s%s。' % (PERSON[pid]['name'], prob), pid, jw_of(oid), 'FORWARDED')
            what += '(%s)' % pet
        lid = lead(tid, src, status, day, None, disposal, to, '%s反映%s涉嫌%s。' % (what, PERSON[pid]['name'], prob),
                   '关于%s的%s线索' % (PERSON[pid]['name'], what[:4]))
        LEAD[lid]['org_id'] = oid  # no finding: the lead names the unit it is about
        if not llink(lid, pid, 'SUBJECT'):
            llink(lid, oid, 'SUBJECT')
            if status == 'CASE_OPENED':
                LEAD[lid]['status'] = 'UNDER_VERIFICATION'
            continue
        if status == 'CASE_OPENED':
            close_case(lid, [pid], oid, '%s违纪案' % PERSON[pid]['name'])


background_leads()


def deadline_for(found):
    if found.year >= 2026:
        return rng.choice([d('2026-08-31'), d('2026-09-30'), d('2027-04-30'), d('2027-06-30')])
    dl = plus(found, rng.choice([90, 120, 180, 180, 365]))
    if STABLE_FROM <= dl <= STABLE_TO:
        dl = rng.choice([d('2026-10-31'), d('2027-04-30')])
    return dl


def background_rectifications():
    for fid, f in FINDING.items():
        if fid.startswith('FND-S'):
            continue
        if rng.random() < 0.07:
            continue  # not fed back (immediately fixed during the round, or handed over as a lead only)
        tpl = f.get('_tpl') or TEMPL[f['category']][0]
        tasks = [tpl[2]]
        if rng.random() < 0.35:
            tasks.append(rng.choice(['建立健全长效机制,防止问题反弹', '召开专题民主生活会,深刻剖析原因',
                                     '举一反三开展自查自纠', '对相关责任人进行批评教育']))
        oid = f['org_id']
        for task in tasks:
            dl = deadline_for(f['found_date'])
            if dl > STABLE_TO:
                st = rng.choices(['PENDING', 'IN_PROGRESS', 'DONE'], [40, 45, 15])[0]
            elif dl < d('2025-01-01'):
                st = rng.choices(['VERIFIED', 'DONE', 'REJECTED', 'IN_PROGRESS', 'PENDING'], [50, 38, 4, 5, 3])[0]
            else:
                st = rng.choices(['VERIFIED', 'DONE', 'IN_PROGRESS', 'REJECTED', 'PENDING'], [25, 35, 25, 5, 10])[0]
            comp = None
            if st in ('DONE', 'VERIFIED'):
                if rng.random() < 0.85:
                    comp = between(plus(f['found_date'], 20), max(plus(f['found_date'], 21), dl))
                else:
                    comp = plus(dl, rng.randint(10, 120))
                comp = min(comp, d('2026-10-20'))
            reg = None
            if tpl[3] and rng.random() < 0.3:
                reg = '《%s%s》' % (short_name(oid)[:18], tpl[3])
            rid = rect(fid, task, dl, st, comp, regulation=reg)
            if st in ('DONE', 'VERIFIED') and tpl[3] and task == tpl[2] and rng.random() < 0.3:
                fix('《%s%s》' % (short_name(oid)[:18], tpl[3]), oid, plus(comp, rng.randint(0, 20)), fid)
    fix('《黔安市教育系统学生营养改善计划资金管理办法》', O('JYJ'), d('2021-03-15'))
    fix('《黔安市市直机关公务接待管理办法》', O('CZJ'), d('2018-06-20'))
    fix('《黔安市村级小型工程项目建设管理办法》', O('XCZX'), d('2019-08-26'))
    fix('《黔安市巡察整改对账销号管理办法》', O('XCB'), d('2020-12-18'))


background_rectifications()


def admonitions():
    """约谈 and 问责 of heads whose units failed to rectify (no case)."""
    done = set()
    for rid, r in RECT.items():
        if r['status'] == 'REJECTED' and r['responsible_person_id'] and len(done) < 6:
            pid = r['responsible_person_id']
            if pid in done or pid in STORY_PERSONS:
                continue
            done.add(pid)
            day = min(plus(r['deadline'], rng.randint(20, 60)), d('2026-10-15'))
            sanction(pid, 'ADMONITION_TALK' if len(done) % 3 else 'ACCOUNTABILITY', day, finding_id=r['finding_id'],
                     reason='整改验收未通过,对责任人约谈/问责')


admonitions()


def background_petitions():
    subjects = ['村干部在低保评定中优亲厚友', '工程项目质量问题', '征地补偿款发放不到位', '干部作风粗暴、吃拿卡要',
                '村集体资金使用不公开', '危房改造补助被克扣', '项目拖欠农民工工资']
    for i in range(30):
        day = between(d('2017-01-01'), d('2026-10-15'))
        kind = rng.random()
        if kind < 0.5:
            v = rng.choice(VILLAGES)
            about = head_on(v, day) or v
            label = org_label(v)
        elif kind < 0.8:
            p_ = rng.choice(list(PROJECT))
            about, label = p_, PROJECT[p_]['name']
        else:
            o = rng.choice([x for x in ORG if ORG[x]['level'] in ('CITY', 'COUNTY') and ORG[x]['kind'] == 'DEPARTMENT'])
            about, label = o, short_name(o)
        if about in STORY_PERSONS:
            about = v
        topic = rng.choice(subjects)
        by = rng.choice([O('XFJ'), O('JW')] + ['ORG-%s-JW' % c[0] for c in COUNTIES])
        status = 'CLOSED' if day < d('2025-06-01') and rng.random() < 0.8 else rng.choice(['RECEIVED', 'FORWARDED'])
        petition(day, '关于%s的来信' % label[:20], '反映%s%s。' % (label, topic), about, by, status)


background_petitions()


def relations():
    rel = []

    def r(a, b, kind):
        rel.append((a, b, kind))
        add('relations.csv', person_id=a, other_person_id=b, relation=kind)
    # the stories
    r(S['S4-HE'], S['S4-HE-WIFE'], 'SPOUSE')
    r(S['S5-LUO'], S['S5-WU'], 'SPOUSE')
    r(S['S5-LUO'], S['S5-BRO'], 'SIBLING')
    r(S['S5-LUO'], S['S5-DAU'], 'CHILD')
    r(S['S5-LUO'], S['S5-INLAW'], 'IN_LAW')
    r(S['S5-BRO'], S['S5-INLAW'], 'SPOUSE')
    r(S['S6-WANG'], S['S6-WIFE'], 'SPOUSE')
    r(S['S6-WIFE'], S['S6-BRO'], 'SIBLING')
    # background family ties among officials and villagers; never an inspector, never a company's person
    excluded = set(INSPECTORS) | STORY_PERSONS | set(BUSINESS)
    roles_people = {x['person_id'] for x in T['company_roles.csv']}
    excluded |= roles_people
    officials = [p_ for p_ in PERSON if POS_BY_PERSON[p_] and p_ not in excluded]
    vil = [p_ for p_ in officials if all(ORG[x['org_id']]['level'] == 'VILLAGE' for x in POS_BY_PERSON[p_])]
    gov = [p_ for p_ in officials if p_ not in vil]
    used = set()

    def free(pool_):
        c = [p_ for p_ in pool_ if p_ not in used]
        p_ = rng.choice(c)
        used.add(p_)
        return p_
    def age_gap(a, b):
        return abs(PERSON[a]['birth_year'] - PERSON[b]['birth_year'])
    for _ in range(12):
        a = free([p_ for p_ in gov if PERSON[p_]['gender'] == 'M'])
        b = free([p_ for p_ in gov if PERSON[p_]['gender'] == 'F' and age_gap(a, p_) <= 10])
        r(a, b, 'SPOUSE')
    for _ in range(9):
        a = free(gov)
        r(a, free([p_ for p_ in gov if age_gap(a, p_) <= 12]), 'SIBLING')
    for _ in range(6):
        older = free([p_ for p_ in vil if PERSON[p_]['birth_year'] <= 1965])
        young = free([p_ for p_ in gov if PERSON[p_]['birth_year'] >= PERSON[older]['birth_year'] + 20])
        r(older, young, 'CHILD')
    for _ in range(4):
        a = free(gov)
        r(a, free([p_ for p_ in gov if age_gap(a, p_) <= 15]), 'IN_LAW')
    for _ in range(6):
        a = free(vil)
        same = [p_ for p_ in vil if p_ not in used and ORG[POS_BY_PERSON[p_][0]['org_id']]['parent_id'] ==
                ORG[POS_BY_PERSON[a][0]['org_id']]['parent_id']]
        if same:
            b = rng.choice(same)
            used.add(b)
            r(a, b, 'OTHER_KIN')
    hh = [h for v in POOR_VILLAGES for h in HOUSEHOLDS[v]]
    for v in POOR_VILLAGES[:10]:
        if len(HOUSEHOLDS[v]) >= 2:
            a, b = HOUSEHOLDS[v][0], HOUSEHOLDS[v][1]
            if PERSON[b]['birth_year'] <= PERSON[a]['birth_year'] - 18:
                kind = 'PARENT'   # b is a's parent
            elif PERSON[a]['birth_year'] <= PERSON[b]['birth_year'] - 18:
                kind = 'CHILD'    # b is a's child
            else:
                kind = 'SPOUSE' if PERSON[a]['gender'] != PERSON[b]['gender'] and age_gap(a, b) <= 10 else 'SIBLING'
            r(a, b, kind)
    # associates (not kin): officials and business people; one is a planted near miss (see stories.md)
    lq = [c for c in CONTRACT.values() if PROJECT[c['project_id']]['org_id'] == 'ORG-LQ-JTJ' and c['approved_by']]
    if lq:
        c = lq[0]
        S['S6N-CONTRACT'] = c['id']
        r(c['approved_by'], OWNER_OF[c['company_id']], 'ASSOCIATE')
    for _ in range(6):
        r(free(gov), rng.choice(BUSINESS[:60]), 'ASSOCIATE')
    return rel


relations()


def first_forms():
    """The first form (批评教育, 提醒谈话, 诫勉) and organizational handling (停职检查 … 免职) outside a
    case, for persons a finding holds responsible: each follows from its finding (finding_id)."""
    kinds = ['CRITICISM_EDUCATION', 'REMINDER_TALK', 'ADMONISHMENT', 'SUSPENSION_FOR_REVIEW', 'POST_ADJUSTMENT',
             'ORDERED_RESIGNATION', 'DEMOTION', 'REMOVAL_FROM_OFFICE']
    sanctioned = {r['person_id'] for r in T['sanctions.csv']}
    picked = []
    for fid in sorted(FINDING):
        if len(picked) == len(kinds) or '-S' in fid:
            continue
        for e, r_ in F_LINKS[fid]:
            if r_ == 'RESPONSIBLE' and e in PERSON and e not in STORY_PERSONS and e not in sanctioned \
                    and e not in {p_ for _, p_ in picked}:
                picked.append((fid, e))
                break
    for i, ((fid, pid), typ) in enumerate(zip(picked, kinds)):
        day = min(plus(FINDING[fid]['found_date'], 60), d('2026-10-15'))
        sanction(pid, typ, day, sid='SAN-F-%02d' % (i + 1), finding_id=fid, reason='对巡察发现问题负有领导责任')


first_forms()


def at(day, hour):
    return '%sT%02d:00+08:00' % (day.isoformat(), hour)


STEP_REASON = {
    'PROPOSE_TRANSFER': '巡察组提出移交意见', 'APPROVE_TRANSFER': '巡察工作领导小组办公室审批同意移交',
    'RETURN_TRANSFER': '线索材料不全,退回巡察组补充', 'PASS_ON': '属组织人事问题,转交组织部门处理',
    'INQUIRE': '采取谈话函询方式处置', 'VERIFY': '采取初步核实方式处置', 'HOLD': '暂不具备核查条件,暂存待查',
    'CLOSE': '反映问题失实,予以了结', 'VERIFY_AFTER_INQUIRY': '函询说明未能澄清问题,转初步核实',
    'CLOSE_AFTER_INQUIRY': '函询说明已澄清问题,予以了结', 'OPEN_CASE': '初核认为涉嫌违纪违法,立案审查调查',
    'HOLD_AFTER_VERIFICATION': '初核后暂不具备查处条件,暂存待查', 'CLOSE_AFTER_VERIFICATION': '初核未发现违纪违法,予以了结',
    'RESUME': '出现新的线索,恢复初步核实', 'CLOSE_HELD': '暂存期满无新情况,予以了结', 'CONCLUDE': '案件审理终结,结案',
    'INVESTIGATE': '开展审查调查', 'TRY': '审查调查终结,移送审理', 'RETURN': '审理认为事实不清,退回补充调查'}
# the steps before a case (or the final state) for each status; a story may fix its own
PATH_OF = {
    'OPEN': [], 'TRANSFER_PROPOSED': ['PROPOSE_TRANSFER'], 'TRANSFERRED': ['PROPOSE_TRANSFER', 'APPROVE_TRANSFER'],
    'TALK_INQUIRY': ['PROPOSE_TRANSFER', 'APPROVE_TRANSFER', 'INQUIRE'],
    'PRELIMINARY_VERIFICATION': ['PROPOSE_TRANSFER', 'APPROVE_TRANSFER', 'VERIFY'],
    'SHELVED': ['PROPOSE_TRANSFER', 'APPROVE_TRANSFER', 'HOLD'],
    'CLOSED': ['PROPOSE_TRANSFER', 'APPROVE_TRANSFER', 'CLOSE'],
    'CASE_OPENED': ['PROPOSE_TRANSFER', 'APPROVE_TRANSFER', 'VERIFY']}
DISPOSAL_OF = {'TALK_INQUIRY': 'TALK_INQUIRY', 'PRELIMINARY_VERIFICATION': 'PRELIMINARY_VERIFICATION',
               'SHELVED': 'SHELVED', 'CLOSED': 'CLOSED'}


def lifecycle():
    """Every disposition its own status (谈话函询, 初步核实, 暂存待查, 予以了结); a lead whose cases are all
    concluded is 已结案 (CASE_CONCLUDED); and the history of every lead and case: each step with who,
    when and why (lead_history.csv, case_history.csv), transfers in two steps (proposed by the team,
    approved by the inspection office)."""
    # 立案 just before the data end: a case with no step yet (status OPEN), from a lead under 初步核实
    for lid in sorted(LEAD):
        l = LEAD[lid]
        persons = [e for e, _ in L_LINKS[lid] if e in PERSON]
        if '-S' not in lid and l['status'] == 'UNDER_VERIFICATION' and l['disposal'] == 'PRELIMINARY_VERIFICATION' \
                and persons and l['created_date'] < d('2026-09-01'):
            case(d('2026-10-20'), lid, l['transferred_to'], 'OPEN', None, '%s违纪案' % PERSON[persons[0]]['name'],
                 persons[:1], kid='CASE-NEW-1')
            l['status'] = 'CASE_OPENED'
            break
    cases_of = defaultdict(list)
    for k, c in CASE.items():
        if c['lead_id']:
            cases_of[c['lead_id']].append(c)
    for lid, l in LEAD.items():
        st, disp = l['status'], l['disposal']
        if st == 'UNDER_VERIFICATION':
            st = disp
        if st == 'OPEN' and disp == 'SHELVED':
            # a hold is a disposition of the receiving body: the lead was transferred first
            st = 'SHELVED'
            l['transferred_to'] = jw_of(FINDING[l['finding_id']]['org_id']) if l['finding_id'] else 'ORG-QA-JW'
        path = list(PATH_OF.get(st, []))
        if st == 'CLOSED' and disp == 'TALK_INQUIRY':
            path = ['PROPOSE_TRANSFER', 'APPROVE_TRANSFER', 'INQUIRE', 'CLOSE_AFTER_INQUIRY']
        if st == 'CASE_OPENED' and cases_of[lid] and all(c['status'] == 'CLOSED' for c in cases_of[lid]):
            st = 'CASE_CONCLUDED'
            path = list(PATH_OF['CASE_OPENED'])
        l['status'] = st
        l['_path'] = STORY_PATHS.get(lid, path)
    # one of each rarer path, on background leads picked in id order (deterministic)
    def pick(status, n=1, to=True, latest=False):
        got = [lid for lid in sorted(LEAD) if '-S' not in lid and LEAD[lid]['status'] == status
               and not cases_of[lid] and bool(LEAD[lid]['transferred_to']) == to and not LEAD[lid].get('_story')]
        if latest:
            got.sort(key=lambda x: (LEAD[x]['created_date'], x), reverse=True)
        for lid in got[:n]:
            LEAD[lid]['_story'] = True
        return got[:n]
    for lid in pick('TRANSFERRED', latest=True):
        # the team proposed, the office has not decided yet: no receiving body until it approves
        LEAD[lid].update(status='TRANSFER_PROPOSED', _path=['PROPOSE_TRANSFER'], _to=LEAD[lid]['transferred_to'],
                         transferred_to=None)
    for lid in pick('OPEN', to=False):
        LEAD[lid].update(_path=['PROPOSE_TRANSFER', 'RETURN_TRANSFER'], _to=jw_of(FINDING[LEAD[lid]['finding_id']]['org_id'])
                         if LEAD[lid]['finding_id'] else 'ORG-QA-JW')
    for lid in [x for x in sorted(LEAD) if LEAD[x]['transferred_to'] == 'ORG-QA-ZZB'][:1]:
        LEAD[lid].update(_path=['PROPOSE_TRANSFER', 'APPROVE_TRANSFER', 'PASS_ON'], _to='ORG-QA-JW', _story=True)
    for lid in pick('SHELVED'):
        LEAD[lid]['_path'] = ['PROPOSE_TRANSFER', 'APPROVE_TRANSFER', 'VERIFY', 'HOLD_AFTER_VERIFICATION']
    for lid in pick('PRELIMINARY_VERIFICATION'):
        LEAD[lid]['_path'] = ['PROPOSE_TRANSFER', 'APPROVE_TRANSFER', 'HOLD', 'RESUME']
    a, b = pick('CLOSED', 2)
    LEAD[a]['_path'] = ['PROPOSE_TRANSFER', 'APPROVE_TRANSFER', 'HOLD', 'CLOSE_HELD']
    LEAD[b]['_path'] = ['PROPOSE_TRANSFER', 'APPROVE_TRANSFER', 'VERIFY', 'CLOSE_AFTER_VERIFICATION']
    for lid in sorted(LEAD):
        l = LEAD[lid]
        path = l.pop('_path')
        l.pop('_story', None)
        to = l.pop('_to', None) or l['transferred_to']
        if path:
            last = LEAD_STEPS[path[-1]][1]
            l['disposal'] = next((DISPOSAL_OF[LEAD_STEPS[x][1]] for x in reversed(path)
                                  if LEAD_STEPS[x][1] in DISPOSAL_OF), None)
        else:
            l['disposal'] = None
        ks = sorted(cases_of[lid], key=lambda c: c['opened_date'])
        steps = [(x, None) for x in path]
        if ks:
            steps.append(('OPEN_CASE', ks[0]['id']))
            if l['status'] == 'CASE_CONCLUDED':
                steps.append(('CONCLUDE', max(ks, key=lambda c: c['closed_date'])['id']))
        start = l['created_date']
        end = plus(ks[0]['opened_date'], -1) if ks else min(plus(start, 45), d('2026-10-31'))
        pre = [x for x in steps if x[0] not in ('OPEN_CASE', 'CONCLUDE')]
        team_ = l['team_id']
        committee = committee_of_team(team_)
        office = 'ORG-QA-XCB' if committee == 'ORG-QA-SW' else committee.replace('-XW', '-XCB')
        state = 'OPEN'
        for seq, (x, kid) in enumerate(steps, start=1):
            frm, dst = LEAD_STEPS[x]
            assert frm == state, (lid, path, x, state)
            state = dst
            if x == 'OPEN_CASE':
                when = at(ks[0]['opened_date'], 10)
            elif x == 'CONCLUDE':
                when = at(CASE[kid]['closed_date'], 17)
            else:
                i = pre.index((x, kid))
                span = max((end - start).days, 0)
                when = at(plus(start, (i + 1) * span // (len(pre) + 1)), 9 + i)
            by = {'PROPOSE_TRANSFER': team_ + ' 组长', 'APPROVE_TRANSFER': office, 'RETURN_TRANSFER': office}.get(
                x, l['transferred_to'] if x != 'PASS_ON' else to)
            add('lead_history.csv', lead_id=lid, seq=seq, step=x, **{'from': frm}, to=dst, by=by, at=when,
                reason=STEP_REASON[x], disposal=DISPOSAL_OF.get(dst) if dst in DISPOSAL_OF else None,
                transfer_to=(to if x in ('PROPOSE_TRANSFER', 'APPROVE_TRANSFER') else
                             l['transferred_to'] if x == 'PASS_ON' else None),
                green_channel='true' if x == 'PROPOSE_TRANSFER' and l.get('green_channel') else None,
                case_id=kid)
        assert state == l['status'], (lid, state, l['status'])
    # cases: 立案 → 审查调查 → 审理 → 结案
    open_cases = sorted((c for c in CASE.values() if c['status'] != 'CLOSED'), key=lambda c: (c['opened_date'], c['id']))
    returned = [c['id'] for c in sorted(CASE.values(), key=lambda c: c['id']) if c['status'] == 'CLOSED'
                and '-S' not in c['id']][:1]
    for kid in sorted(CASE):
        c = CASE[kid]
        if c['status'] == 'CLOSED':
            path = ['INVESTIGATE', 'TRY', 'RETURN', 'TRY', 'CONCLUDE'] if kid in returned else \
                ['INVESTIGATE', 'TRY', 'CONCLUDE']
            end = c['closed_date']
        elif c is open_cases[-1]:
            path, end = [], None  # just opened
        else:
            path = ['INVESTIGATE', 'TRY'] if open_cases.index(c) % 2 == 0 else ['INVESTIGATE']
            end = d('2026-10-31')
        state = 'OPEN'
        for seq, x in enumerate(path, start=1):
            frm, dst = CASE_STEPS[x]
            assert frm == state, (kid, path)
            state = dst
            if x == 'CONCLUDE':
                when = at(end, 16)
            elif seq == 1:
                when = at(c['opened_date'], 11)
            else:
                span = max((end - c['opened_date']).days - 1, 0)
                when = at(plus(c['opened_date'], (seq - 1) * span // len(path)), 11 + seq)
            add('case_history.csv', case_id=kid, seq=seq, step=x, **{'from': frm}, to=dst, by=c['handled_by'], at=when,
                reason=STEP_REASON[x])
        c['status'] = state


lifecycle()


# ---- the ledger stories: written after every random draw, so the rest of the city stays as it was ----------

def ledger_stories():
    """S7 again: the revisit that finds the white slips back also fails the line that had been ticked off; S14: a
    problem fixed on the spot; S15: problems of one kind across sectors handed to their competent department."""
    jw, mzj = O('JW'), O('MZJ')
    # S7: the five lists of the first round's lines, signed by the bureau's secretary and made public
    for rid, problem, effect, signed in (
            ('RECT-S7-1', '2016年以来白条入账63笔23.6万元', '63笔白条均已补齐原始凭证并入账', d('2018-04-02')),
            ('RECT-S7-2', '往来款长期挂账未清理', '往来款逐笔核销,挂账余额清零', d('2018-05-20'))):
        RECT[rid].update(problem=problem, supervisor_id=jw, supervision='市纪委监委驻市民政局纪检监察组跟踪督办', effect=effect,
                         signed_by=head_on(mzj, signed), signed_date=signed, published_date=plus(signed, 15),
                         published_in='黔安市纪委监委网站“巡察整改”专栏')
    add('verifications.csv', rectification_id='RECT-S7-1', round_id='RND-QA-6-07', date=d('2020-10-15'), passed=True,
        note='白条已清理,抽查凭证齐全', by='市委第一巡察组')
    # The revisit of 2023 finds the slips back (FND-S7-02) and the written-off accounts not written off: the line
    # ticked off in 2018 is reopened with a new deadline, and the new deadline passes too.
    RECT['RECT-S7-2'].update(status='REJECTED', deadline=d('2023-11-30'))
    add('verifications.csv', rectification_id='RECT-S7-2', round_id='RND-QA-7-03', date=d('2023-05-12'), passed=False,
        note='往来款仍有17笔未核销,上轮“销号”不实', new_deadline=d('2023-11-30'), by='市委回头看巡察组')
    # S14 立行立改: fixed while the round was on, with its evidence
    f = FINDING['FND-0318']
    rect('FND-0318', '当场退回违规报销的差旅费', d('2025-05-08'), 'DONE', d('2025-05-08'), rid='RECT-S14-1',
         evidence='退款凭证', problem='差旅费超标准报销', on_the_spot=True, effect='违规报销款已全部退回')
    # Accountability (约谈/问责) of heads whose units failed to rectify answers the line that failed
    for sid, sanc in SANCTION.items():
        if sanc.get('case_id') or sanc['type'] not in ('ADMONITION_TALK', 'ACCOUNTABILITY'):
            continue
        line = next((rid for rid, r in RECT.items()
                     if r['status'] == 'REJECTED' and r['responsible_person_id'] == sanc['person_id']), None)
        if line:
            add('accountability.csv', sanction_id=sid, rectification_id=line)
    # S15 移交行业主管部门 (seed 001): financial management across three sectors → the finance bureau, which answers
    # and revises the city's rules; the 两超一慢 of projects → the development and reform commission, not answered yet
    h1 = add('handovers.csv', id='HND-S15-1', regulator_id=O('CZJ'), handed_date=d('2023-07-15'),
             category='FINANCIAL_MISMANAGEMENT', name='市直单位财务管理不规范问题移交市财政局',
             summary='民政、教育、农业农村等市直单位白条入账、往来款长期挂账,请完善财务管理制度并开展专项整治',
             answer='已修订市直单位财务管理办法,组织开展财务管理专项整治', answered_date=d('2023-10-20'))
    for fid in ('FND-S7-02', 'FND-0225', 'FND-0245'):
        add('handover_findings.csv', handover_id=h1['id'], finding_id=fid)
    FIX['FIX-S15-1'] = add('institutional_fixes.csv', id='FIX-S15-1', name='黔安市市直单位财务管理办法(修订)',
                           org_id=O('CZJ'), issued_date=d('2023-12-01'), finding_id=None, handover_id=h1['id'])
    h2 = add('handovers.csv', id='HND-S15-2', regulator_id=O('FGW'), handed_date=d('2024-08-01'),
             category='PROCUREMENT', name='工程招投标不规范问题移交市发展改革委',
             summary='住建、交通、交旅投等单位规避招标、“两超一慢”,请完善政府投资项目管理办法')
    for fid in ('FND-0259', 'FND-0292', 'FND-0295'):
        add('handover_findings.csv', handover_id=h2['id'], finding_id=fid)


ledger_stories()


# ---- the planning stories: also after every random draw; no rng is used ----------------------------------

def planning_stories():
    """S16 回避: an audit section chief whose wife's brother heads the city reservoir and resettlement bureau is a
    near in-law of its leader (IN_LAW_OF_LEADER), which no kinship row says directly; he is on no team, so no rule
    fires: the screening before a round finds him."""
    # S17 派驻纪检组: 钱某某 leads the city discipline commission's group stationed at the sports bureau, which is
    # its own body (part of the commission, not a unit of the bureau): she is not one of the bureau's leaders
    ty = O('TYJ')
    pz = org('ORG-QA-JW-PZ01', '市纪委监委派驻第一纪检监察组', 'DISPATCHED_GROUP', 'CITY', O('JW'), 'OTHER', CITY_REG,
             key='PZ01')
    ORG[pz]['stationed_at_id'] = ty
    for p_ in POS_BY_PERSON[S['S4-QIAN']]:
        if p_['org_id'] == ty:
            POS_BY_ORG[ty].remove(p_)
            p_.update(org_id=pz, title='组长', rank=1, is_leader=True, is_head=True)
            POS_BY_ORG[pz].append(p_)
    # S18 省市县联动: the province's 巡视 of rural revitalisation runs with the city's and two counties' joint round
    qz = org('ORG-QZ-SW', '中共黔中省委员会', 'PARTY_COMMITTEE', 'PROVINCE', None, None, PROV, key='QZ-SW')
    qzx = org('ORG-QZ-XCZX', '黔中省乡村振兴局', 'DEPARTMENT', 'PROVINCE', qz, 'POVERTY_ALLEVIATION', PROV,
              key='QZ-XCZX')
    ROUND['RND-QZ-12-02'] = add('rounds.csv', id='RND-QZ-12-02', name='黔中省委第十二届第二轮巡视(省市县联动·乡村振兴领域)',
                                committee_id=qz, type='PROVINCIAL_TOUR', term='第十二届', term_id=None, number=2,
                                start_date=d('2022-09-05'), end_date=d('2022-11-11'), sector='POVERTY_ALLEVIATION')
    TEAM['TEAM-QZ-12-02-1'] = add('teams.csv', id='TEAM-QZ-12-02-1', round_id='RND-QZ-12-02', name='省委第一巡视组')
    TEAM_TARGETS['TEAM-QZ-12-02-1'].append(qzx)
    add('team_targets.csv', team_id='TEAM-QZ-12-02-1', org_id=qzx)
    add('joint_rounds.csv', round_id='RND-QZ-12-02', partner_round_id='RND-QA-7-02')
    # S19 组长库/人才库: the city committee's pools as of the sample's day, drawn from the units that supply inspectors
    code_of = {'综合': 'GENERAL', '纪检': 'DISCIPLINE', '组织': 'ORGANIZATION', '审计': 'AUDIT', '财务': 'ACCOUNTING',
               '工程': 'ENGINEERING', '工程规划': 'ENGINEERING', '宣传': 'PUBLICITY', '财政': 'FINANCE'}
    leaders, talent = pool(CITY_POOL_UNITS, AS_OF)
    for pid, spec in sorted(set(leaders)):
        add('pool_members.csv', person_id=pid, committee_id=SW, pool='LEADER', specialty=code_of[spec])
    away = sorted(set(talent))[0][0]
    for pid, spec in sorted(set(talent)):
        add('pool_members.csv', person_id=pid, committee_id=SW, pool='TALENT', specialty=code_of[spec],
            available=(pid != away), note='借调省委巡视办至2027年6月' if pid == away else None)
    S['S19-AWAY'] = away
    # S20 交叉巡察轮换: the city's second cross round, teams staffed from each county's pool, no targets yet; the
    # proposal must not repeat the pairs of RND-QA-6-05 (AP→QX, QX→SM, SM→BY, BY→LQ, LQ→AP)
    day = d('2026-09-07')
    ROUND['RND-QA-7-08'] = add('rounds.csv', id='RND-QA-7-08', name='市委县区交叉巡察(第二次)', committee_id=SW,
                               type='CROSS', term='第七届', term_id=None, number=None, start_date=day,
                               end_date=d('2026-10-30'))
    for i, (a, _b, _deps, _town) in enumerate(CROSS_PAIRS, start=1):
        tid = 'TEAM-QA-7-08-%d' % i
        TEAM[tid] = add('teams.csv', id=tid, round_id='RND-QA-7-08', name='%s交叉巡察组' % COUNTY_NAME[a])
        _lead, tal = pool(['ORG-%s-%s' % (a, k) for k in ('JW', 'ZZB', 'CZJ')], day)
        for n, (pid, spec) in enumerate(sorted(set(tal))[:2]):
            add('team_members.csv', team_id=tid, person_id=pid, role='MEMBER' if n else 'LEADER', specialty=spec,
                authorized_from=day,
                authorized_to=d('2026-10-30'))
    sp('S16-ZHAO', '赵某明', 'M', 1975, 'city', party=True, idnum=False)
    position(S['S16-ZHAO'], O('SJJ'), '经济责任审计科科长', d('2019-01-02'), None, 4, False, False)
    sp('S16-WIFE', '陈某丽', 'F', 1977, 'private', party=False, idnum=False)
    add('relations.csv', person_id=S['S16-ZHAO'], other_person_id=S['S16-WIFE'], relation='SPOUSE')
    add('relations.csv', person_id=S['S16-WIFE'], other_person_id=S['S3-CHEN'], relation='SIBLING')
    add('pool_members.csv', person_id=S['S16-ZHAO'], committee_id=SW, pool='TALENT', specialty='AUDIT', available=True)
    add('pool_members.csv', person_id=S['S16-ZHAO'], committee_id=SW, pool='TALENT', specialty='FINANCE',
        available=True)


planning_stories()


# ---- the shared lead (共享): after every random draw too; no rng is used ----------------------------------------

def shared_lead_story():
    """S8 again: the city team's clue on 恒兴公司, found in the joint round, is shared with the 清溪县 team of the
    county's next (regular, not joint) round, so that it follows up the company's projects in the county. The joint
    inspection's lead space ended with the joint round: the county team sees the clue only through the share."""
    lead_, team_ = 'LEAD-S8-01', 'TEAM-QX-2-02-1'
    assert LEAD[lead_]['team_id'] == 'TEAM-QA-7-02-1'
    add('lead_shares.csv', lead_id=lead_, team_id=team_,
        note='恒兴公司还承建清溪县扶贫项目,请清溪县委第十四届第二轮巡察跟进其在县内的项目', by=O('XCB'),
        at=at(d('2023-04-06'), 9))


shared_lead_story()

PLANNING_STORIES = [
    ('16 近姻亲回避:配偶的兄长是被巡察单位局长', 'PER-S16-ZHAO (市审计局科长), PER-S16-WIFE (SPOUSE), PER-S3-CHEN '
     '(her SIBLING, 党组书记、局长 of ORG-QA-SKYMJ 2016-08-01..2022-09-30)',
     '`recusalCheck(memberIds: ["PER-S16-ZHAO"], targetIds: ["ORG-QA-SKYMJ"], asOf: "2022-03-07")` finds '
     '`IN_LAW_OF_LEADER` with the path ZHAO → WIFE → CHEN → the bureau; as of 2022-10-10 (CHEN has left) it is clear'),
    ('16 同期已在其他巡察组', 'PER-S10-LIU: MEMBER of TEAM-QA-7-01-2 (RND-QA-7-01, 2022-03-07..05-13); '
     'TEAM-AP-2-01-1 (RND-AP-2-01, 2022-04-11..06-17)',
     '`recusalCheck(teamId: "TEAM-AP-2-01-1", memberIds: ["PER-S10-LIU"])` lists the overlap with TEAM-QA-7-01-2 '
     '(`overlaps`); `assignTeamMember` refuses him without an overrideReason'),
    ('17 覆盖率分母:委员会自身机构不计入', 'ORG-QA-JW, ORG-QA-XCB (INSPECTION_OFFICE), ORG-QA-JW-PZ01 (DISPATCHED_GROUP, '
     'stationed_at ORG-QA-TYJ); each county\'s JW and XCB',
     'a committee\'s own discipline commission and inspection office (with what is below them) and every dispatched '
     'group are not counted in `coverage`: TEAM-QA-6-06-3 and TEAM-QA-7-07-1 visit ORG-QA-JW and ORG-QA-XCB, which '
     'count neither above nor below the line; 钱某某 (PER-S4-QIAN) leads the dispatched group, not the sports bureau'),
    ('18 省市县联动:省委巡视与市县联动巡察同步', 'ORG-QZ-SW (PROVINCE), RND-QZ-12-02 (PROVINCIAL_TOUR, '
     '2022-09-05..11-11), TEAM-QZ-12-02-1 → ORG-QZ-XCZX; joint_rounds RND-QZ-12-02 ↔ RND-QA-7-02',
     '`jointInspection(roundId: "RND-QZ-12-02")` sets the province\'s 乡村振兴局 beside the city\'s and the counties\'; '
     'the province sits above the city in the levels (`Level.PROVINCE`)'),
    ('20 交叉巡察轮换', 'RND-QA-7-08 (CROSS, 2026-09-07..10-30, not yet targeted), TEAM-QA-7-08-1..5 staffed from '
     'each county; the previous cross round RND-QA-6-05 paired AP→QX, QX→SM, SM→BY, BY→LQ, LQ→AP',
     '`proposeCrossInspection(roundId: "RND-QA-7-08")` proposes none of those pairs again (they are excluded as '
     '`REPEATED`); `applyCrossInspection` would write the proposal as the teams\' targets'),
    ('19 组长库、人才库与一次一授权', 'pool_members.csv: ORG-QA-SW\'s LEADER pool (its 巡察专员) and TALENT pool (the '
     'talent posts of 纪委, 组织部, 审计局, 财政局, 住建局, 自然资源局, 巡察办 on %s), specialties as codes; %s is '
     'seconded (available false); PER-S16-ZHAO (AUDIT, FINANCE)' % (AS_OF, S['S19-AWAY']),
     '`planRound` draws a round\'s teams from these pools in one step and refuses %s by name (not available) '
     'and PER-S16-ZHAO for a team targeting ORG-QA-SKYMJ in a round starting before 2022-09-30 (IN_LAW_OF_LEADER), '
     'writing nothing' % S['S19-AWAY']),
]


# ----------------------------------------------------------------------------------------
# Output
# ----------------------------------------------------------------------------------------

def fmt(v):
    if v is None:
        return ''
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float):
        return ('%.2f' % v).rstrip('0').rstrip('.')
    return str(v)


CJK = lambda t: any('\u4e00' <= ch <= '\u9fff' for ch in t)
HALF_TO_FULL = str.maketrans({',': '\uff0c', ':': '\uff1a', ';': '\uff1b', '(': '\uff08', ')': '\uff09'})


def zh(text):
    """Chinese typography: full-width punctuation in text that contains Chinese."""
    return text.translate(HALF_TO_FULL) if CJK(text) else text


def write_csv():
    for old in os.listdir(OUT):
        if old.endswith('.csv'):
            os.remove(os.path.join(OUT, old))
    written = []
    for name, (kind, has_id, cols) in SCHEMA.items():
        rows = T[name]
        if not rows:
            continue
        header = (['id'] if has_id else []) + [c for c, _, req in cols
                                               if req or any(r.get(c) not in (None, '') for r in rows)]
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator='\r\n')
        w.writerow(header)
        text_cols = {c for c, typ, _ in cols if typ == 'text'}
        for r in rows:
            w.writerow([zh(fmt(r.get(c))) if c in text_cols else fmt(r.get(c)) for c in header])
        with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as fh:
            fh.write(buf.getvalue())
        written.append(name)
    return written


# ----------------------------------------------------------------------------------------
# Read the bundle back and validate it (independent of the generator's memory)
# ----------------------------------------------------------------------------------------

def read_bundle():
    data = {}
    for name in sorted(os.listdir(OUT)):
        if name.endswith('.csv'):
            with open(os.path.join(OUT, name), encoding='utf-8', newline='') as fh:
                raw = fh.read()
            assert not raw.startswith('\ufeff'), name + ' has a BOM'
            rd = csv.reader(io.StringIO(raw))
            rows = list(rd)
            data[name] = (rows[0], [dict(zip(rows[0], r)) for r in rows[1:]], rows[1:])
    return data


def validate(data):
    errors = []
    kinds = {}
    link_keys = {'positions.csv': ['person_id', 'org_id', 'title', 'start_date'],
                 'relations.csv': ['person_id', 'other_person_id', 'relation'],
                 'company_roles.csv': ['person_id', 'company_id', 'role'], 'joint_rounds.csv': ['round_id', 'partner_round_id'],
                 'pool_members.csv': ['person_id', 'committee_id', 'pool', 'specialty'],
                 'team_members.csv': ['team_id', 'person_id'], 'team_targets.csv': ['team_id', 'org_id'],
                 'finding_links.csv': ['finding_id', 'entity_id', 'role'], 'lead_links.csv': ['lead_id', 'entity_id', 'role'],
                 'case_subjects.csv': ['case_id', 'person_id'], 'bids.csv': ['company_id', 'project_id'],
                 'lead_shares.csv': ['lead_id', 'team_id'],
                 'verifications.csv': ['rectification_id', 'round_id', 'date'],
                 'accountability.csv': ['sanction_id', 'rectification_id'],
                 'handover_findings.csv': ['handover_id', 'finding_id']}
    for name, (header, rows, raw) in data.items():
        if name not in SCHEMA:
            errors.append('%s: not a file of the format' % name)
            continue
        kind, has_id, cols = SCHEMA[name]
        allowed = (['id'] if has_id else []) + [c for c, _, _ in cols]
        for c in header:
            if c not in allowed:
                errors.append('%s:1: %s: not a column' % (name, c))
        for c, _, req in cols:
            if req and c not in header:
                errors.append('%s:1: %s: required column missing' % (name, c))
        if len(set(header)) != len(header):
            errors.append('%s:1: duplicate column' % name)
        for i, r in enumerate(raw, start=2):
            if len(r) != len(header):
                errors.append('%s:%d: %d cells, header has %d' % (name, i, len(r), len(header)))
        if has_id:
            for i, r in enumerate(rows, start=2):
                if not r['id']:
                    errors.append('%s:%d: id: required' % (name, i))
                elif r['id'] in kinds:
                    errors.append('%s:%d: id: duplicate %s' % (name, i, r['id']))
                else:
                    kinds[r['id']] = kind
        if name in link_keys:
            seen = set()
            for i, r in enumerate(rows, start=2):
                key = tuple(r[k] for k in link_keys[name])
                if key in seen:
                    errors.append('%s:%d: duplicate link %s' % (name, i, key))
                seen.add(key)
    for name, (header, rows, raw) in data.items():
        kind, has_id, cols = SCHEMA[name]
        for i, r in enumerate(rows, start=2):
            for c, typ, req in cols:
                v = r.get(c, '')
                if v.strip() == '':
                    if req:
                        errors.append('%s:%d: %s: a value is required' % (name, i, c))
                    continue
                if v != v.strip():
                    errors.append('%s:%d: %s: surrounding blanks' % (name, i, c))
                try:
                    if typ == 'int':
                        int(v)
                    elif typ == 'decimal':
                        assert float(v) >= 0, 'negative'
                    elif typ == 'date':
                        assert len(v) == 10
                        date.fromisoformat(v)
                    elif typ == 'bool':
                        assert v in ('true', 'false')
                    elif typ == 'datetime':
                        assert 'T' in v and datetime.fromisoformat(v).tzinfo is not None, 'not an ISO date-time with offset'
                    elif typ == 'ident':
                        assert len(v) == 18 and v[:17].isdigit()
                        check = '10X98765432'[sum(int(a) * w for a, w in zip(v, ID_WEIGHTS)) % 11]
                        assert v[17] == check, 'check digit'
                    elif typ.startswith('code:'):
                        assert v in CODES[typ[5:]], 'not a code'
                    elif typ.startswith('ref:'):
                        want = typ[4:]
                        got = kinds.get(v)
                        assert got is not None, 'unresolved reference %s' % v
                        if want == '*':
                            assert got != 'Transfer', 'a transfer is not an entity'
                        else:
                            assert got in want.split('|'), '%s is a %s, not %s' % (v, got, want)
                except (AssertionError, ValueError) as ex:
                    errors.append('%s:%d: %s: %r: %s' % (name, i, c, v, ex))
            for a, b in DATE_ORDER:
                if r.get(a) and r.get(b) and r[b] < r[a]:
                    errors.append('%s:%d: %s before %s' % (name, i, b, a))
            if name == 'company_roles.csv' and r.get('share') and not 0 <= float(r['share']) <= 1:
                errors.append('%s:%d: share out of 0..1' % (name, i))
    return errors, kinds


# ----------------------------------------------------------------------------------------
# Red flags, computed independently from the CSV files (definitions of red-flags.md)
# ----------------------------------------------------------------------------------------

class G:
    """The bundle as typed rows."""

    def __init__(self, data):
        def rows(name):
            return data[name][1] if name in data else []

        def dt(v):
            return date.fromisoformat(v) if v else None
        self.org = {r['id']: r for r in rows('organizations.csv')}
        self.person = {r['id']: r for r in rows('persons.csv')}
        self.company = {r['id']: r for r in rows('companies.csv')}
        self.account = {r['id']: r for r in rows('accounts.csv')}
        self.transfers = [dict(r, amount=float(r['amount']), date=dt(r['date'])) for r in rows('transfers.csv')]
        self.project = {r['id']: r for r in rows('projects.csv')}
        self.contract = {r['id']: dict(r, amount=float(r['amount']), signed_date=dt(r['signed_date']))
                         for r in rows('contracts.csv')}
        self.roles = rows('company_roles.csv')
        self.positions = [dict(r, start_date=dt(r['start_date']), end_date=dt(r.get('end_date')),
                               is_leader=r.get('is_leader') == 'true', is_head=r.get('is_head') == 'true')
                          for r in rows('positions.csv')]
        self.pos_by_person = defaultdict(list)
        self.pos_by_org = defaultdict(list)
        for p in self.positions:
            self.pos_by_person[p['person_id']].append(p)
            self.pos_by_org[p['org_id']].append(p)
        self.kin = defaultdict(set)
        for r in rows('relations.csv'):
            if r['relation'] != 'ASSOCIATE':
                self.kin[r['person_id']].add(r['other_person_id'])
                self.kin[r['other_person_id']].add(r['person_id'])
        self.finding = {r['id']: dict(r, found_date=dt(r['found_date'])) for r in rows('findings.csv')}
        self.flinks = defaultdict(list)
        for r in rows('finding_links.csv'):
            self.flinks[r['finding_id']].append((r['entity_id'], r['role']))
        self.rect = {r['id']: dict(r, deadline=dt(r['deadline']), completed_date=dt(r.get('completed_date')))
                     for r in rows('rectifications.csv')}
        self.rects_of = defaultdict(list)
        for r in self.rect.values():
            self.rects_of[r['finding_id']].append(r)
        self.round = {r['id']: dict(r, start_date=dt(r.get('start_date')), end_date=dt(r.get('end_date')))
                      for r in rows('rounds.csv')}
        self.team = {r['id']: r for r in rows('teams.csv')}
        self.members = rows('team_members.csv')
        self.targets = defaultdict(list)
        for r in rows('team_targets.csv'):
            self.targets[r['team_id']].append(r['org_id'])
        self.sanction = {r['id']: dict(r, date=dt(r['date'])) for r in rows('sanctions.csv')}
        self.lead = {r['id']: dict(r, created_date=dt(r['created_date'])) for r in rows('leads.csv')}
        self.llinks = defaultdict(list)
        for r in rows('lead_links.csv'):
            self.llinks[r['lead_id']].append((r['entity_id'], r['role']))
        self.case = {r['id']: r for r in rows('cases.csv')}
        self.case_subjects = defaultdict(list)
        for r in rows('case_subjects.csv'):
            self.case_subjects[r['case_id']].append(r['person_id'])
        self.fix = {r['id']: r for r in rows('institutional_fixes.csv')}
        self.failed = {r['rectification_id'] for r in rows('verifications.csv') if r['passed'] == 'false'}
        self.term = {r['id']: dict(r, start_date=dt(r.get('start_date')), end_date=dt(r.get('end_date')))
                     for r in rows('terms.csv')}

    def holds_on(self, p, day):
        return p['start_date'] <= day and (p['end_date'] is None or day <= p['end_date'])

    def county_anc(self, oid):
        while oid:
            if self.org[oid]['level'] == 'COUNTY':
                return oid
            oid = self.org[oid].get('parent_id')
        return None


def red_flags(g, as_of):
    hits = defaultdict(lambda: defaultdict(set))  # rule -> subject -> evidence

    # PUBLIC_FUNDS_TO_PERSONAL
    acc_kind = {a: r['kind'] for a, r in g.account.items()}
    for t in g.transfers:
        if t['kind'] == 'PUBLIC_REVENUE' and acc_kind[t['to_account_id']] == 'PERSONAL':
            hits['PUBLIC_FUNDS_TO_PERSONAL'][t['to_account_id']].add(t['id'])
    out = defaultdict(list)
    for t in g.transfers:
        if t['kind'] not in ('SALARY', 'SUBSIDY', 'REFUND'):
            out[t['from_account_id']].append(t)

    def walk(path):
        last = path[-1]
        if acc_kind[last['to_account_id']] == 'PERSONAL':
            hits['PUBLIC_FUNDS_TO_PERSONAL'][last['to_account_id']].update(x['id'] for x in path)
        if len(path) < 3:
            for n in out[last['to_account_id']]:
                if n['date'] >= last['date'] and n not in path:
                    walk(path + [n])
    for t in g.transfers:
        if acc_kind[t['from_account_id']] == 'PUBLIC' and t['kind'] not in ('SALARY', 'SUBSIDY', 'REFUND'):
            walk([t])

    # CONFLICT_OF_INTEREST_CONTRACT
    roles_of = defaultdict(set)
    for r in g.roles:
        if r['role'] in ('OWNER', 'SHAREHOLDER', 'DIRECTOR', 'LEGAL_REP'):
            roles_of[r['company_id']].add(r['person_id'])
    for c in g.contract.values():
        owner = g.project[c['project_id']]['org_id']
        for x in sorted(roles_of[c['company_id']]):
            for y in sorted({x} | g.kin[x]):
                held = [p for p in g.pos_by_person[y] if p['org_id'] == owner and g.holds_on(p, c['signed_date'])]
                if y == c.get('approved_by') or held:
                    hits['CONFLICT_OF_INTEREST_CONTRACT'][c['id']].update({x, y, c['company_id'], owner})

    # QUANTITY_SHORTFALL
    for pid, p in g.project.items():
        if p.get('accepted_quantity') and p.get('measured_quantity'):
            acc, mea = float(p['accepted_quantity']), float(p['measured_quantity'])
            if mea < acc * (1 - 0.05):
                cts = [c for c in g.contract.values() if c['project_id'] == pid]
                cos = {c['company_id'] for c in cts}
                total = sum(c['amount'] for c in cts)
                paid = [t for t in g.transfers if t.get('project_id') == pid
                        and g.account[t['to_account_id']]['holder_id'] in cos]
                if total > 0 and sum(t['amount'] for t in paid) >= 0.95 * total:
                    hits['QUANTITY_SHORTFALL'][pid].update([c['id'] for c in cts] + [t['id'] for t in paid])

    # COLLECTIVE_VIOLATION
    for fid, f in g.finding.items():
        leaders = {p['person_id'] for p in g.pos_by_org[f['org_id']] if p['is_leader'] and g.holds_on(p, f['found_date'])}
        linked = {e for e, r in g.flinks[fid] if r in ('SUBJECT', 'RESPONSIBLE')} & leaders
        if len(linked) >= 3 and len(linked) >= 0.5 * len(leaders):
            hits['COLLECTIVE_VIOLATION'][f['org_id']].update({fid} | linked)

    # RECURRING_AFTER_RECTIFICATION
    by_org_cat = defaultdict(list)
    for f in g.finding.values():
        by_org_cat[(f['org_id'], f['category'])].append(f)
    for fs in by_org_cat.values():
        for f1 in fs:
            rs = g.rects_of[f1['id']]
            if rs and all((r['status'] in ('DONE', 'VERIFIED') or (r['status'] == 'REJECTED' and r['id'] in g.failed))
                          and r['completed_date'] for r in rs):
                last = max(r['completed_date'] for r in rs)
                for f2 in fs:
                    if f2['found_date'] > last:
                        hits['RECURRING_AFTER_RECTIFICATION'][f2['id']].update({f1['id']} | {r['id'] for r in rs})

    # OVERDUE_RECTIFICATION
    for r in g.rect.values():
        if r['status'] not in ('DONE', 'VERIFIED') and r['deadline'] < as_of:
            hits['OVERDUE_RECTIFICATION'][r['id']].add(r['finding_id'])

    # CONTRACTOR_CONCENTRATION
    groups = defaultdict(list)
    for c in g.contract.values():
        parent = g.org[g.project[c['project_id']]['org_id']].get('parent_id')
        if parent:
            groups[(parent, c['signed_date'].year)].append(c)
    for (parent, year), cs in groups.items():
        total = sum(c['amount'] for c in cs)
        for co in sorted({c['company_id'] for c in cs}):
            mine = [c for c in cs if c['company_id'] == co]
            owners = {g.project[c['project_id']]['org_id'] for c in mine}
            if len(mine) >= 3 and len(owners) >= 2 and sum(c['amount'] for c in mine) >= 0.6 * total:
                hits['CONTRACTOR_CONCENTRATION'][co].update(c['id'] for c in mine)

    # SPLIT_CONTRACTS
    pairs = defaultdict(list)
    for c in g.contract.values():
        if c.get('procurement') != 'OPEN_TENDER' and c['amount'] < 1_000_000:
            pairs[(g.project[c['project_id']]['org_id'], c['company_id'])].append(c)
    for cs in pairs.values():
        cs.sort(key=lambda c: (c['signed_date'], c['id']))
        for i, e in enumerate(cs):
            grp = [c for c in cs[i:] if (c['signed_date'] - e['signed_date']).days <= 30]
            if len(grp) >= 2 and sum(c['amount'] for c in grp) >= 1_000_000:
                hits['SPLIT_CONTRACTS'][e['id']].update(c['id'] for c in grp)

    # CIRCULAR_FLOW
    out_all = defaultdict(list)
    for t in g.transfers:
        out_all[t['from_account_id']].append(t)

    def cyc(path, start):
        last = path[-1]
        for n in out_all[last['to_account_id']]:
            if n['date'] < last['date'] or (n['date'] - path[0]['date']).days > 90:
                continue
            if n['to_account_id'] == start and len(path) + 1 >= 2:
                accounts = [x['from_account_id'] for x in path + [n]]
                hits['CIRCULAR_FLOW'][min(accounts)].update(x['id'] for x in path + [n])
            elif len(path) + 1 < 4 and n['to_account_id'] not in [x['from_account_id'] for x in path] + [start]:
                cyc(path + [n], start)
    for t in g.transfers:
        if t['to_account_id'] != t['from_account_id']:
            cyc([t], t['from_account_id'])

    # INSPECTOR_CONFLICT
    for m in g.members:
        r = g.round[g.team[m['team_id']]['round_id']]
        start = r['start_date']
        lb = date(start.year - 5, start.month, min(start.day, 28)) if (start.month, start.day) == (2, 29) else \
            date(start.year - 5, start.month, start.day)
        tg = g.targets[m['team_id']]
        pid = m['person_id']
        for p in g.pos_by_person[pid]:
            if p['org_id'] in tg and p['start_date'] <= start and (p['end_date'] is None or p['end_date'] >= lb):
                hits['INSPECTOR_CONFLICT'][pid].update({m['team_id'], p['org_id']})
        for k in g.kin[pid]:
            for p in g.pos_by_person[k]:
                if p['org_id'] in tg and p['is_leader'] and g.holds_on(p, start):
                    hits['INSPECTOR_CONFLICT'][pid].update({m['team_id'], k, p['org_id']})
        if r['type'] == 'CROSS':
            tca = {g.county_anc(o) for o in tg} - {None}
            for p in g.pos_by_person[pid]:
                if g.holds_on(p, start) and g.county_anc(p['org_id']) in tca:
                    hits['INSPECTOR_CONFLICT'][pid].update({m['team_id'], p['org_id']})

    # SANCTION_IGNORED
    for s in g.sanction.values():
        if s['type'] not in SEVERE:
            continue
        dd, grace, ban = s['date'], plus(s['date'], 30), add_months(s['date'], 24)
        for p in g.pos_by_person[s['person_id']]:
            if not p['is_leader']:
                continue
            if (p['start_date'] <= grace and (p['end_date'] is None or p['end_date'] > grace)) or \
                    (dd < p['start_date'] < ban):
                hits['SANCTION_IGNORED'][s['person_id']].update({s['id'], p['org_id']})

    # CORROBORATED_LEADS
    ent = defaultdict(lambda: defaultdict(set))
    for lid, ls in g.llinks.items():
        com = g.round[g.team[g.lead[lid]['team_id']]['round_id']]['committee_id']
        for e, _ in ls:
            if e in g.person or e in g.company:
                ent[e][com].add(lid)
    for e, coms in ent.items():
        if len(coms) >= 2:
            hits['CORROBORATED_LEADS'][e].update(l for ls in coms.values() for l in ls)
    return hits


def systemic_issues(g, min_orgs=3, min_share=0.3):
    targets = {o for ts in g.targets.values() for o in ts}
    per_sector = defaultdict(set)
    for o in targets:
        if g.org[o].get('sector'):
            per_sector[g.org[o]['sector']].add(o)
    found = defaultdict(set)
    for f in g.finding.values():
        sec = g.org[f['org_id']].get('sector')
        if sec:
            found[(sec, f['category'])].add(f['org_id'])
    out = []
    for (sec, cat), orgs in sorted(found.items()):
        den = len(per_sector[sec])
        if len(orgs) >= min_orgs and den and len(orgs) / den >= min_share:
            out.append({'sector': sec, 'category': cat, 'orgCount': len(orgs), 'targets': den,
                        'share': round(len(orgs) / den, 4)})
    return out


# ----------------------------------------------------------------------------------------
# Statistics (definitions in README.md)
# ----------------------------------------------------------------------------------------

def descendants(g, root):
    kids = defaultdict(list)
    for o, r in g.org.items():
        if r.get('parent_id'):
            kids[r['parent_id']].append(o)
    out, stack = [], list(kids[root])
    while stack:
        o = stack.pop()
        out.append(o)
        stack.extend(kids[o])
    return out


def figures(g, round_ids):
    """The funnel figures over the rounds in round_ids (None: the whole dataset)."""
    def team_round(tid):
        return g.team[tid]['round_id']
    if round_ids is None:
        fs = set(g.finding)
        ls = set(g.lead)
        ks = set(g.case)
        ss = set(g.sanction)
        xs = set(g.fix)
    else:
        fs = {f for f, r in g.finding.items() if team_round(r['team_id']) in round_ids}
        ls = {l for l, r in g.lead.items() if team_round(r['team_id']) in round_ids}
        ks = {k for k, r in g.case.items() if r.get('lead_id') in ls}
        # a sanction outside a case (约谈, 诫勉 …) counts through the finding it follows from
        ss = {s for s, r in g.sanction.items() if r.get('case_id') in ks
              or (not r.get('case_id') and r.get('finding_id') in fs)}
        xs = {x for x, r in g.fix.items() if r.get('finding_id') in fs}
    fed = {f for f in fs if g.rects_of[f]}
    fixed = {f for f in fed if all(r['status'] in ('DONE', 'VERIFIED') for r in g.rects_of[f])}
    return {
        'problems_found': len(fs), 'leads': len(ls), 'cases': len(ks),
        'people_in_cases': len({p for k in ks for p in g.case_subjects[k]}), 'sanctions': len(ss),
        'people_sanctioned': len({g.sanction[s]['person_id'] for s in ss}),
        'judicial_transfers': sum(1 for s in ss if g.sanction[s]['type'] == 'JUDICIAL_TRANSFER'),
        'fed_back': len(fed), 'rectified': len(fixed), 'rectification_rate': pct(len(fixed), len(fed)),
        'rules_revised': len(xs), 'admonitions': sum(1 for s in ss if g.sanction[s]['type'] == 'ADMONITION_TALK'),
        'people_by_form': {f: len({g.sanction[s]['person_id'] for s in ss if SANCTION_FORM[g.sanction[s]['type']] == f})
                           for f in FORMS},
    }


def coverage(g):
    out = []
    committees = {t['committee_id'] for t in g.term.values()}
    for tid, t in sorted(g.term.items()):
        c = t['committee_id']
        below = descendants(g, c)
        lower_committees = {o for o in below if g.org[o]['kind'] == 'PARTY_COMMITTEE'}
        own_rounds = {r for r, x in g.round.items() if x.get('term_id') == tid and x['committee_id'] == c}
        comb_rounds = {r for r, x in g.round.items() if (x['committee_id'] == c or x['committee_id'] in lower_committees)
                       and x['start_date'] and t['start_date'] <= x['start_date'] <= t['end_date']}
        own_t = {o for tm, ts in g.targets.items() if g.team[tm]['round_id'] in own_rounds for o in ts}
        comb_t = {o for tm, ts in g.targets.items() if g.team[tm]['round_id'] in comb_rounds for o in ts}
        # not targets of the committee's own inspections: its own inspection office and discipline body
        # (with what is below them) and every dispatched discipline group
        own = [o for o in below if g.org[o]['parent_id'] == c
               and g.org[o]['kind'] in ('INSPECTION_OFFICE', 'DISCIPLINE_BODY')]
        not_counted = set(own) | {x for o in own for x in descendants(g, o)}
        below = [o for o in below if o not in not_counted
                 and g.org[o]['kind'] not in ('DISPATCHED_GROUP', 'FINANCE_OFFICE')]
        for lvl in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'):
            elig = [o for o in below if g.org[o]['level'] == lvl]
            if not elig:
                continue
            a = sum(1 for o in elig if o in own_t)
            b = sum(1 for o in elig if o in comb_t)
            out.append({'term': tid, 'committee': c, 'level': lvl, 'organizations': len(elig), 'covered_own': a,
                        'coverage_own': pct(a, len(elig)), 'covered_combined': b,
                        'coverage_combined': pct(b, len(elig))})
    assert committees
    return out


# ----------------------------------------------------------------------------------------
# Stories: what must hit, what must not (asserted), and the documents
# ----------------------------------------------------------------------------------------

PLANTED = [
    # (story, rule, subject, seed / note)
    ('1 土地出让金进个人账户', 'PUBLIC_FUNDS_TO_PERSONAL', 'ACC-P-S1-YANG', 'seed 000'),
    ('2 通组公路少修200米却全额付款', 'QUANTITY_SHORTFALL', 'PRJ-S2-ROAD', 'seed 002'),
    ('3 水库移民局班子集体违规发放津补贴', 'COLLECTIVE_VIOLATION', 'ORG-QA-SKYMJ', 'seed 004'),
    ('4 体育局“塌方式”腐败:班子集体违规', 'COLLECTIVE_VIOLATION', 'ORG-QA-TYJ', 'seed 004'),
    ('4 体育局“塌方式”腐败:承包商向局长配偶转款', 'PUBLIC_FUNDS_TO_PERSONAL', 'ACC-P-S4-HE-WIFE', 'seed 004'),
    ('6 副局长配偶控股企业承揽本局工程(职务)', 'CONFLICT_OF_INTEREST_CONTRACT', 'CT-S6-1', ''),
    ('6 副局长配偶控股企业承揽本局工程(审批)', 'CONFLICT_OF_INTEREST_CONTRACT', 'CT-S6-2', ''),
    ('7 白条入账整改销号后反弹', 'RECURRING_AFTER_RECTIFICATION', 'FND-S7-02', ''),
    ('8 乡镇工程集中于宏达公司', 'CONTRACTOR_CONCENTRATION', 'CO-S12-HD', ''),
    ('8 教学设备采购化整为零', 'SPLIT_CONTRACTS', 'CT-S13-1', ''),
    ('8 城投资金体外循环', 'CIRCULAR_FLOW', 'ACC-CO-S9-DS', ''),
    ('8 巡察组员曾任被巡察单位副局长', 'INSPECTOR_CONFLICT', 'PER-S10-LIU', ''),
    ('8 撤销党内职务后仍在岗', 'SANCTION_IGNORED', 'PER-S11-ZHOU', ''),
    ('8 市县联动巡察线索互相印证', 'CORROBORATED_LEADS', 'CO-S8-HX', 'seed 003'),
    ('7 回头看未通过:重新限期整改后仍逾期', 'OVERDUE_RECTIFICATION', 'RECT-S7-2', ''),
    ('8 体育局整改逾期', 'OVERDUE_RECTIFICATION', 'RECT-S4-1', ''),
    ('8 体育局整改验收未通过且逾期', 'OVERDUE_RECTIFICATION', 'RECT-S4-6', ''),
    ('8 利益冲突问题整改逾期', 'OVERDUE_RECTIFICATION', 'RECT-S6-1', ''),
    ('8 城投关联交易整改逾期', 'OVERDUE_RECTIFICATION', 'RECT-S9-1', ''),
]
LEDGER_STORIES = [
    ('7 整改五清单、书记签字与整改公开 (seed 003, 004)', 'RECT-S7-1, RECT-S7-2 (ORG-QA-MZJ)',
     'problem, task, responsible unit and person, supervisor ORG-QA-JW and supervision, effect; signed_by the bureau\'s '
     '党组书记 PER-0046 on the day; published 15 days later'),
    ('7 回头看: 一条通过, 一条未通过 (seed 002, 003)', 'verifications.csv: RECT-S7-1 in RND-QA-6-07 (passed, 2020-10-15); '
     'RECT-S7-2 in RND-QA-7-03 (failed, 2023-05-12)',
     'the verdicts are dated on the revisit rounds\' days; the failed one sets the new deadline 2023-11-30 '
     '(OVERDUE_RECTIFICATION RECT-S7-2) and RECURRING_AFTER_RECTIFICATION FND-S7-02 still fires'),
    ('14 立行立改 (seed 004)', 'RECT-S14-1 (FND-0318, ORG-QA-WJW, RND-QA-7-06)',
     'on_the_spot, DONE on 2025-05-08 while the round was on, deadline the same day'),
    ('14 约谈问责回应整改不力', 'accountability.csv', 'each 约谈/问责 outside a case answers the REJECTED line of the head '
     'it was given to'),
    ('15 移交行业主管部门 (seed 001)', 'HND-S15-1 → ORG-QA-CZJ (FND-S7-02, FND-0225, FND-0245: 民政、教育、农业农村); '
     'FIX-S15-1; HND-S15-2 → ORG-QA-FGW (FND-0259, FND-0292, FND-0295)',
     'financial management found in three sectors handed to the finance bureau, answered 2023-10-20, and the rule it '
     'revised (counted with the rules revised); procurement handed to 发改委, not answered yet'),
]
NEAR_MISSES = [
    ('QUANTITY_SHORTFALL', 'PRJ-S2N-1', '茶园村产业路: 验收2000米、实测1940米(短3%,在5%容差内),全额支付'),
    ('QUANTITY_SHORTFALL', 'PRJ-S2N-2', '岩口村通组路: 验收1500米、实测1380米(短8%),但只付了60%'),
    ('COLLECTIVE_VIOLATION', 'ORG-QA-CL', '市残联: 一个问题涉及3名班子成员,但班子共7人(42.9% < 50%)'),
    ('RECURRING_AFTER_RECTIFICATION', 'FND-S7N-02', '市卫健委: 同类问题再现,但上次问题的整改仍在进行(未全部完成)'),
    ('RECURRING_AFTER_RECTIFICATION', 'FND-S7N-04', '市住建局: 同类问题再现,但发现日期早于上次整改完成日期'),
    ('SPLIT_CONTRACTS', 'CT-S13N-1', '安平区卫健局: 两份直接发包合同合计110万元,但相隔45天(> 30天)'),
    ('CIRCULAR_FLOW', 'ACC-CO-S9N-XY', '交旅投—祥云商贸往返资金,用时161天(> 90天)'),
    ('INSPECTOR_CONFLICT', 'PER-S10-WU', '吴某某2016年底离开市卫健委,巡察开始日2022-03-07前已超过5年'),
    ('SANCTION_IGNORED', 'PER-S11N-FENG', '冯某某受撤职处分7天后即免职(宽限30天内)'),
    ('SANCTION_IGNORED', 'PER-S4-SUN', '孙某某受撤职处分10天后即免职'),
    ('SANCTION_IGNORED', 'PER-S5-LUO', '罗某某受撤职处分7天后即免职'),
    ('CORROBORATED_LEADS', 'PER-S1-YANG', '杨某某被两条线索指向,但两条线索都属于市委巡察组(同一委员会)'),
]


def story_evidence(hits):
    ev = {}
    for story, rule, subj, _ in PLANTED:
        ev[(rule, subj)] = sorted(hits[rule][subj])
    return ev


def write_docs(files, counts, hits, g, cov, stats_all, stats_terms, stats_rounds, systemic, errors):
    # manifest
    with open(os.path.join(OUT, 'manifest.json'), 'w', encoding='utf-8') as fh:
        json.dump({'format': 1, 'name': '黔安市 sample city', 'source': 'Oversight Graph sample dataset (fictional)',
                   'files': files}, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    # expected red flags
    rules = sorted(hits)
    exp = {'asOf': AS_OF.isoformat(), 'validUntil': STABLE_TO.isoformat(),
           'parameters': {'PUBLIC_FUNDS_TO_PERSONAL': {'maxHops': 3}, 'QUANTITY_SHORTFALL': {'tolerance': 0.05, 'paidShare': 0.95},
                          'COLLECTIVE_VIOLATION': {'minPersons': 3, 'minShare': 0.5},
                          'CONTRACTOR_CONCENTRATION': {'minContracts': 3, 'minShare': 0.6},
                          'SPLIT_CONTRACTS': {'threshold': 1000000, 'windowDays': 30},
                          'CIRCULAR_FLOW': {'maxHops': 4, 'windowDays': 90}, 'INSPECTOR_CONFLICT': {'lookbackYears': 5},
                          'SANCTION_IGNORED': {'graceDays': 30, 'banMonths': 24},
                          'OVERRUN_SLOW_START': {'graceDays': 30, 'tolerance': 0.1, 'slowDays': 90}},
           'hits': [{'rule': r, 'subject': s, 'evidence': sorted(hits[r][s])} for r in rules for s in sorted(hits[r])]}
    with open(os.path.join(OUT, 'expected-red-flags.json'), 'w', encoding='utf-8') as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    with open(os.path.join(OUT, 'expected-stats.json'), 'w', encoding='utf-8') as fh:
        json.dump({'whole': stats_all, 'terms': stats_terms, 'rounds': stats_rounds, 'coverage': cov,
                   'systemicIssues': systemic}, fh, ensure_ascii=False, indent=1)
        fh.write('\n')

    planted = {(r, s) for _, r, s, _ in PLANTED}
    ev = story_evidence(hits)
    L = []
    L.append('# 黔安市 sample: the planted stories (ground truth)\n')
    L.append('Generated by `tools/make_sample.py`; do not edit by hand. Every hit below is computed by the script '
             'from the CSV files with the definitions of `red-flags.md` and the default parameters, as of '
             '**%s** (`asOf`). No rectification deadline falls between %s and %s, so the same hits hold for any '
             '`asOf` in that range. The complete machine-readable list is `expected-red-flags.json`.\n'
             % (AS_OF, AS_OF, STABLE_TO))
    L.append('## Planted stories\n')
    L.append('| story | rule code | subject id | evidence ids (as computed) | other records of the story |')
    L.append('| --- | --- | --- | --- | --- |')
    extra = {
        'ACC-P-S1-YANG': 'PER-S1-YANG (副主任, ORG-BY-TDCB), FND-S1-01, LEAD-S1-01 (green channel), CASE-S1, '
                         'SAN-S1-1..3 (EXPULSION, DISMISSAL, JUDICIAL_TRANSFER), RECT-S1-1/2; buyers CO-S1-HF, CO-S1-JY',
        'PRJ-S2-ROAD': 'CT-S2-ROAD (739,200; 3,200 m accepted, 3,000 m measured), FUND-YM-2018, FND-S2-01, '
                       'LEAD-S2-01, CASE-S2, SAN-S2-1..3 (SERIOUS_WARNING: 赵某某/李某某/沈某某), TR-S2-REFUND (46,200 recovered)',
        'ORG-QA-SKYMJ': 'FND-S3-01 (found 2022-04-20): leaders that day PER-S3-CHEN, -XU, -CAO, -XIE, -NEW; linked '
                        'leaders CHEN, XU, CAO (3 of 5 = 60%); PER-S3-HUANG (left 2021) and PER-S3-HAN (not a leader) '
                        'are linked but do not count; LEAD-S3-01, CASE-S3 (一案双查), SAN-S3-1..5',
        'ORG-QA-TYJ': 'FND-S4-01..05, LEAD-S4-01..04, CASE-S4-1..3 (7 people), SAN-S4-01..11; head PER-S4-HE, '
                      'deputies PER-S4-ZHANG, PER-S4-SUN, section chiefs PER-S4-HU/-GUO/-MA/-LIN',
        'ACC-P-S4-HE-WIFE': 'PER-S4-HE-WIFE (SPOUSE of PER-S4-HE); chain ACC-QA-TYJ -PAYMENT-> ACC-CO-S4-TY '
                            '-OTHER-> her account (TR-S4-PAY1/2/3, TR-S4-KICK1/2); project PRJ-S4-HALL',
        'CT-S6-1': 'CO-S6-QY owned by PER-S6-WIFE, SPOUSE of PER-S6-WANG (副局长 of ORG-LQ-SLJ 2016-03-01..2023-02-28); '
                   'FND-S6-01, LEAD-S6-01',
        'CT-S6-2': 'approved by PER-S6-WANG himself; legal rep PER-S6-BRO (SIBLING of the owner)',
        'FND-S7-02': 'earlier FND-S7-01 (2017-10-20) at ORG-QA-MZJ, RECT-S7-1 VERIFIED 2018-03-30, RECT-S7-2 ticked '
                     'off 2018-05-15; FND-S7-02 found 2023-05-12 in the LOOKBACK round RND-QA-7-03, which also fails '
                     'RECT-S7-2 (REJECTED): the failure keeps the return visible',
        'RECT-S7-2': 'ticked off 2018-05-15, failed the revisit of RND-QA-7-03 on 2023-05-12 (verifications.csv), new '
                     'deadline 2023-11-30, passed too',
        'CO-S12-HD': 'CT-S12-1..4 on projects of ORG-QX-T01/T02/T06 (parent ORG-QX-XW), 2022: 4.4 of 4.7 million = '
                     '93.6%; the fifth contract of the group is CT-S12-5',
        'CT-S13-1': 'CT-S13-1/2/3 (380,000 INVITED, 350,000 COMPETITIVE, 320,000 DIRECT; 2021-05-06..05-25) from '
                    'ORG-BY-JYJ to CO-S13-YC, total 1,050,000',
        'ACC-CO-S9-DS': 'TR-S9-01..03: ACC-QA-CT → ACC-CO-S9-DS → ACC-CO-S9-HJ → ACC-QA-CT, 2023-03-06..04-18 (43 '
                        'days); FND-S9-01, LEAD-S9-01',
        'PER-S10-LIU': '副局长 of ORG-QA-JTJ until 2020-06-29, then 市委巡察专员; MEMBER of TEAM-QA-7-01-2, which '
                       'targets ORG-QA-JTJ from 2022-03-07',
        'PER-S11-ZHOU': 'SAN-S11-1 REMOVAL_FROM_POST 2018-01-16 (CASE-S11, FND-S11-01, LEAD-S11-01); still 党委副书记 '
                        'of ORG-LQ-T02 until 2019-03-19',
        'CO-S8-HX': 'LEAD-S8-01 (TEAM-QA-7-02-1, city committee ORG-QA-SW) and LEAD-S8-02 (TEAM-QX-2-01-1, '
                    'ORG-QX-XW), joint rounds RND-QA-7-02 ↔ RND-QX-2-01; FND-S8-01/02, CASE-S8 (PER-S8-DENG, '
                    'EXPULSION + JUDICIAL_TRANSFER)',
        'RECT-S4-1': 'FND-S4-01, IN_PROGRESS, deadline 2024-06-30',
        'RECT-S4-6': 'FND-S4-05, REJECTED, deadline 2024-09-30',
        'RECT-S6-1': 'FND-S6-01, IN_PROGRESS, deadline 2022-11-30',
        'RECT-S9-1': 'FND-S9-01, IN_PROGRESS, deadline 2024-12-31',
    }
    story5 = ('| ' + zh('5 村支书亲属违规享受低保(优亲厚友)') + ' | — (no rule: found by tracing `FUND-DB-2018/2019/2020` down to '
              'the households and reading `relations.csv`) | `PER-S5-LUO` | %s (SUBSIDY from ACC-BY-T04-V02) | '
              'relations PER-S5-LUO → PER-S5-WU (SPOUSE), PER-S5-BRO (SIBLING), PER-S5-DAU (CHILD), PER-S5-INLAW '
              '(IN_LAW); FND-S5-01 (BENEFICIARY links to the four), LEAD-S5-01, CASE-S5, SAN-S5-1 '
              '(REMOVAL_FROM_POST, left the post 7 days later) |' % ', '.join(sorted(S['S5-TR'])))
    for story, rule, subj, seed in PLANTED:
        e = ev[(rule, subj)]
        shown = ', '.join(e[:14]) + (' … (%d in all)' % len(e) if len(e) > 14 else '')
        if story.startswith('6') and story5:
            L.append(story5)
            story5 = None
        L.append('| %s%s | `%s` | `%s` | %s | %s |' % (zh(story), ' (%s)' % seed if seed else '', rule, subj, shown,
                                                     extra.get(subj, '')))
    L.append('')
    L.append('## Ledger stories (no rule: read in the ledger, the revisits and the hand-overs)\n')
    L.append('| story | records | what to see |')
    L.append('| --- | --- | --- |')
    for story, records, see in LEDGER_STORIES:
        L.append('| %s | %s | %s |' % (zh(story), records, see))
    L.append('')
    L.append('## Planning stories (no rule: recusal screening, the coverage denominator, the province level)\n')
    L.append('| story | records | what to see |')
    L.append('| --- | --- | --- |')
    for story, records, see in PLANNING_STORIES:
        L.append('| %s | %s | %s |' % (zh(story), records, see))
    L.append('')
    L.append('## Near misses (must NOT be hits)\n')
    L.append('| rule code | id that must not be a subject | why |')
    L.append('| --- | --- | --- |')
    for rule, subj, why in NEAR_MISSES:
        L.append('| `%s` | `%s` | %s |' % (rule, subj, zh(why)))
    if S.get('S6N-CONTRACT'):
        c = S['S6N-CONTRACT']
        L.append('| `CONFLICT_OF_INTEREST_CONTRACT` | `%s` | the approver and the company owner are `ASSOCIATE`s, '
                 'which is not kinship |' % c)
    L.append('| `PUBLIC_FUNDS_TO_PERSONAL` | the household and village-cadre accounts | they receive public money '
             'only as `SUBSIDY` or `SALARY` |')
    L.append('')
    L.append('## Every hit (default parameters, asOf %s)\n' % AS_OF)
    L.append('| rule code | hits | planted | other hits (subjects) |')
    L.append('| --- | --- | --- | --- |')
    for r in ['PUBLIC_FUNDS_TO_PERSONAL', 'CONFLICT_OF_INTEREST_CONTRACT', 'QUANTITY_SHORTFALL', 'COLLECTIVE_VIOLATION',
              'RECURRING_AFTER_RECTIFICATION', 'OVERDUE_RECTIFICATION', 'CONTRACTOR_CONCENTRATION', 'SPLIT_CONTRACTS',
              'CIRCULAR_FLOW', 'INSPECTOR_CONFLICT', 'SANCTION_IGNORED', 'CORROBORATED_LEADS']:
        subs = sorted(hits[r])
        pl = [s for s in subs if (r, s) in planted]
        other = [s for s in subs if (r, s) not in planted]
        L.append('| `%s` | %d | %s | %s |' % (r, len(subs), ', '.join(pl) or '—',
                                             ', '.join(other) if other else '—'))
    L.append('')
    L.append('The other `OVERDUE_RECTIFICATION` hits are background ledger lines (status PENDING, IN_PROGRESS or '
             'REJECTED with a deadline before %s).\n' % AS_OF)
    L.append('## The clue chain (lead_history.csv, case_history.csv, case_leaders.csv)\n')
    L.append('Every lead and case carries its history: each step with who (`by`), when (`at`) and why. The stories '
             'below each show one rule of the clue chain; `ClueChainSampleIT` checks them through the API.\n')
    L.append('| rule | where | what |')
    L.append('| --- | --- | --- |')
    hist = defaultdict(list)
    for r_ in T['lead_history.csv']:
        hist[r_['lead_id']].append(r_['step'])
    def with_path(*steps):
        return ', '.join(sorted(l_ for l_, st in hist.items() if all(x in st for x in steps))[:3])
    pending = [l_ for l_, r_ in LEAD.items() if r_['status'] == 'TRANSFER_PROPOSED']
    L.append('| 移交 in two steps: proposed by the team (`PROPOSE_TRANSFER`, the team leader), approved by the '
             'inspection office (`APPROVE_TRANSFER`) | every transferred lead; pending: %s; returned: %s | the '
             'receiving body (`transferred_to`) is set only by the approval |' % (', '.join(pending),
                                                                                with_path('RETURN_TRANSFER')))
    L.append('| 转交 by the receiving body (`PASS_ON`) | %s | 纪委 passes a personnel matter on to 组织部 |'
             % with_path('PASS_ON'))
    L.append('| 谈话函询 finds more → 初步核实 → 立案 | LEAD-S4-02 (CASE-S4-2) | `INQUIRE`, `VERIFY_AFTER_INQUIRY`, '
             '`OPEN_CASE`, `CONCLUDE` |')
    L.append('| 谈话函询 clears the matter → 予以了结 | %s | `CLOSE_AFTER_INQUIRY` |' % with_path('CLOSE_AFTER_INQUIRY'))
    L.append('| 初核 → 暂存待查, 暂存 → 恢复初核, 暂存 → 了结, 初核 → 了结 | %s; %s; %s; %s | the other dispositions |'
             % (with_path('HOLD_AFTER_VERIFICATION'), with_path('RESUME'), with_path('CLOSE_HELD'),
                with_path('CLOSE_AFTER_VERIFICATION')))
    returned = sorted({r_['case_id'] for r_ in T['case_history.csv'] if r_['step'] == 'RETURN'})
    L.append('| 立案 → 审查调查 → 审理 → 结案; 审理 returns a case for more investigation | every closed case; %s '
             '(`RETURN`); just opened: CASE-NEW-1 | a concluded case concludes its lead: `CASE_CONCLUDED` 已结案, '
             'never `CLOSED` 予以了结 |' % ', '.join(returned))
    L.append('| 一案双查 | %s | `case_leaders.csv`; CASE-S4-1 also examines 钱某某 (派驻纪检组长, 监督责任), CASE-S4-2 '
             '何某某 (局长, 主体责任) |' % ', '.join(sorted({r_['case_id'] for r_ in T['case_leaders.csv']})))
    for r_ in T['lead_shares.csv']:
        L.append('| 共享: a lead shared with a team beyond its own and its joint inspection | %s (%s) shared with '
                 '%s by %s at %s (`lead_shares.csv`) | %s: a member of %s (e.g. PER-0388) sees the lead, which the '
                 'joint round\'s lead space no longer gives him (his team\'s round RND-QX-2-02 is not joint); '
                 'members of the county\'s other teams (e.g. PER-0681, TEAM-QX-2-03-1) do not, nor does he see '
                 'LEAD-S8-02, the county joint team\'s lead on the same company |'
                 % (r_['lead_id'], LEAD[r_['lead_id']]['team_id'], r_['team_id'], r_['by'], r_['at'], zh(r_['note']),
                    r_['team_id']))
    L.append('| party and government sanctions are different codes | SAN-S4-07 `PARTY_POST_REMOVAL` 撤销党内职务 and '
             'SAN-S4-12 `GOV_REMOVAL` 撤职 (孙某某); SAN-S4-09 `PARTY_WARNING` and SAN-S4-13 `GOV_WARNING` (马某) | '
             'counted in their forms (`figures.peopleByForm`) |')
    L.append('| the first form and organizational handling outside a case | %s | each follows from its finding '
             '(`finding_id`) and counts in that finding\'s round and term, like the 约谈/问责 of heads whose units '
             'failed to rectify |' % ', '.join(sorted(s_ for s_ in SANCTION if s_.startswith('SAN-F-'))))
    ty_leads = sorted(l_ for l_, r_ in LEAD.items() if r_.get('org_id') == O('TYJ')
                      or (r_['finding_id'] and FINDING[r_['finding_id']]['org_id'] == O('TYJ')))
    ty_cases = sorted(k_ for k_, r_ in CASE.items() if r_['lead_id'] in ty_leads)
    ty_sanctions = sorted(s_ for s_, r_ in SANCTION.items() if r_['case_id'] in ty_cases)
    L.append('| a case and its sanctions belong to the inspected unit | 市体育局 (ORG-QA-TYJ): %d leads (%s), %d cases '
             '(%s), %d sanctions | `leads(underId)` → cases, `cases(underId)` and `sanctions(underId)` agree; '
             'LEAD-S4-03 (a petition lead without a finding) names the unit in `org_id` |'
             % (len(ty_leads), ', '.join(ty_leads), len(ty_cases), ', '.join(ty_cases), len(ty_sanctions)))
    L.append('| `LEADERSHIP_COLLAPSE` is driven by cases and sanctions of the leaders | ORG-QA-TYJ ranks first | '
             'its leaders 何某某, 张某某, 孙某某 are under case, 钱某某 was held accountable |')
    L.append('')
    L.append('## Systemic issues (`systemicIssues(minOrgs = 3, minShare = 0.3)`)\n')
    L.append('Computed with one reading of the definition: the organizations of a sector (their `sector` column) '
             'that had a finding of the category, over the organizations of that sector that were a team target in '
             'any round of the bundle.\n')
    L.append('| sector | category | organizations with the finding | sector targets | share |')
    L.append('| --- | --- | --- | --- | --- |')
    for x in systemic:
        L.append('| %s | %s | %d | %d | %.4f |' % (x['sector'], x['category'], x['orgCount'], x['targets'], x['share']))
    with open(os.path.join(OUT, 'stories.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L) + '\n')

    # README
    R = []
    R.append('# The 黔安市 sample bundle\n')
    R.append('A complete, fictional city for demos and tests: 黔安市 (code 690400) in the fictional province 黔中省 '
             '(690000), with five counties/districts, the party committees and their inspection work 2016–2026. '
             'Everything is invented (names, identity numbers, credit codes, companies, amounts); the province code 69 '
             'is not used by GB/T 2260. `import/demo` points here.\n')
    R.append('## Regenerate\n')
    R.append('```\npython3 import/sample/tools/make_sample.py\n```\n')
    R.append('Python 3 standard library only, fixed seed (%d): every run writes the same bytes. The script writes '
             'the CSV files, then reads them back and validates them (headers, required values, types, codes, '
             'dates, date order, unique ids across all files, unique link keys, every reference resolving to an id '
             'of the right kind, identity-number check digits), computes the red-flag hits of every rule '
             'independently of the platform, asserts the planted stories and near misses, and writes this README, '
             '`stories.md`, `manifest.json`, `expected-red-flags.json` and `expected-stats.json`. The importer reads '
             'only the `*.csv` files directly in this folder; the other files are for people and tests.\n' % SEED)
    R.append('## Files\n')
    R.append('| file | rows | what |')
    R.append('| --- | --- | --- |')
    what = {
        'regions.csv': 'province → city → 5 counties/districts → 30 townships → 200 villages (+4 hamlets of 赵家湾村)',
        'organizations.csv': 'city: 市委, 纪委监委 (with a 派驻纪检监察组 stationed at 体育局), 组织部, 巡察办, 20 departments and other bodies, 3 state '
                             'enterprises, 4 public institutions (incl. 市土地储备中心); per county: 县委, 纪委监委, '
                             '组织部, 巡察办, 9 departments, 土地储备中心 (+ a state enterprise in 安平区); 30 township '
                             'committees; 200 village party organizations',
        'persons.csv': 'officials, village cadres, inspectors, company people, households; about half with an '
                       '`id_number`',
        'positions.csv': 'position histories; `is_leader` = 领导班子, `is_head` = 一把手',
        'relations.csv': 'family ties and associates',
        'companies.csv': 'contractors, suppliers, developers, cooperatives, restaurants, trading and consulting firms',
        'company_roles.csv': 'OWNER (with share), SHAREHOLDER, LEGAL_REP, MANAGER, DIRECTOR',
        'accounts.csv': 'PUBLIC for organizations (finance bureaus also hold a non-tax revenue account), CORPORATE '
                        'for companies and state enterprises, PERSONAL for persons',
        'funds.csv': 'poverty/rural-revitalization funds, 低保, 危房改造, 一事一议, reservoir resettlement',
        'projects.csv': 'city, county, township and village projects; quantities where measured',
        'contracts.csv': 'with procurement method and approver',
        'bids.csv': 'all bidders of tendered contracts, the winner with `won=true`',
        'transfers.csv': 'city finance → county finance → township finance office → village → households '
                         '(SUBSIDY) or contractors (PAYMENT); project payments; land fees; salaries; the stories. '
                         'Below the county only a sample of villages and households is recorded, so an allocation '
                         'is larger than the recorded transfers out of the receiving account',
        'terms.csv': 'two terms of the city committee and two of each county committee',
        'rounds.csv': 'every round type', 'joint_rounds.csv': 'the joint city–county round and its two county partners',
        'teams.csv': 'inspection teams', 'team_members.csv': 'leader from the leader pool, members with specialties, '
                                                            'authorised for the round',
        'team_targets.csv': 'the organizations each team inspects',
        'findings.csv': 'problems found, every category', 'finding_links.csv': 'SUBJECT, RESPONSIBLE, BENEFICIARY, '
                                                                              'EVIDENCE',
        'leads.csv': 'every source, status and disposal', 'lead_links.csv': 'who and what a lead is about',
        'cases.csv': 'opened from leads (every case here has a `lead_id`)',
        'case_subjects.csv': 'persons investigated', 'sanctions.csv': 'every type, incl. JUDICIAL_TRANSFER',
        'rectifications.csv': 'the ledger, every status, incl. overdue lines',
        'institutional_fixes.csv': 'rules issued after findings or hand-overs (建章立制)', 'petitions.csv': '信访件',
        'verifications.csv': 'revisit verdicts (回头看): one passed, one failed with a new deadline (story 7)',
        'accountability.csv': '约谈/问责 answering the lines that failed',
        'handovers.csv': 'hand-overs to the competent department (移交行业主管部门, story 15)',
        'handover_findings.csv': 'the findings each hand-over carries',
        'lead_shares.csv': 'a lead shared with a team beyond its own and its joint inspection (共享, clue chain)',
    }
    for f in files:
        R.append('| `%s` | %d | %s |' % (f, counts[f], what.get(f, '')))
    R.append('| **total** | %d | %.2f MB |' % (sum(counts.values()),
                                                 sum(os.path.getsize(os.path.join(OUT, f)) for f in files) / 1e6))
    R.append('')
    R.append('## Conventions\n')
    R.append('- Ids are readable and unique across all files: `REG-<code>`, `ORG-QA-<unit>` (city), '
             '`ORG-<county>-<unit>`, `ORG-<county>-Tnn` (township), `ORG-<county>-Tnn-Vnn` (village), `ACC-<holder>`, '
             '`ACC-P-<person>`, `RND-<committee>-<term>-<nn>`, `TEAM-<round>-<n>`, `TERM-…`, and sequence numbers '
             'elsewhere. Ids with an `S<n>` marker (`PER-S1-YANG`, `FND-S3-01`, …) belong to the planted stories '
             '(`stories.md`). County keys: AP 安平区, QX 清溪县, SM 石门县, BY 白岩县, LQ 龙泉县.')
    R.append('- `relations.csv`: a row (A, B, R) reads “B is A\'s R” (e.g. `CHILD`: B is A\'s child). The rules treat '
             'kinship as symmetric, so the direction only matters for display.')
    R.append('- A position without `end_date` is current. Amounts are yuan. Round types are all present: REGULAR, '
             'SPECIAL, TARGETED, ESCALATED, CROSS (county teams inspecting the next county in the ring AP→QX→SM→BY→LQ→AP, '
             'no reciprocal pair, authorised by the city committee), JOINT, LOOKBACK, VILLAGE.')
    R.append('- Optional files and columns of the project model used here: `regions.csv`, `terms.csv`, `bids.csv`, '
             '`institutional_fixes.csv`, `petitions.csv`, `verifications.csv`, `accountability.csv`, `handovers.csv`, '
             '`handover_findings.csv`, `lead_shares.csv`; `organizations.region_id`, `persons.id_number`, '
             '`positions.is_head`, `rounds.term_id/number/sector`, `team_members.authorized_from/authorized_to`, '
             '`leads.name/green_channel`, `contracts.name`, `accounts.name`, `cases.name`, `sanctions.name`, '
             '`rectifications.name/evidence/problem/supervisor_id/supervision/effect/on_the_spot/signed_by/signed_date/'
             'published_date/published_in`, `institutional_fixes.handover_id`, `projects.region_id`. `persons.id_hash` '
             'is not used.')
    R.append('- Data end on 2026-10-31; no rectification deadline falls between %s and %s.\n' % (AS_OF, STABLE_TO))
    R.append('## Statistics: definitions\n')
    R.append('Every figure is computed from the rows, never typed in. “Round of X” means `team → round_id`.\n')
    R.append('| figure | definition |')
    R.append('| --- | --- |')
    R.append('| problems found (发现问题) | rows of `findings.csv` (per round: findings whose team belongs to the round) |')
    R.append('| leads (问题线索) | rows of `leads.csv` (per round: leads whose owning team belongs to the round) |')
    R.append('| cases (立案) | rows of `cases.csv` (per round: cases whose `lead_id` is a lead of the round; a case '
             'without a lead counts only in the whole-dataset figure) |')
    R.append('| people in cases (人) | distinct `person_id` of `case_subjects.csv` over those cases |')
    R.append('| sanctions (处分/问责) | rows of `sanctions.csv`, every type (per round: sanctions whose `case_id` is a '
             'case of the round; a sanction without a case counts only in the whole-dataset figure). '
             '“people sanctioned” = distinct `person_id` of those rows |')
    R.append('| judiciary transfers (移送司法) | those sanctions with type `JUDICIAL_TRANSFER` |')
    R.append('| fed back (反馈问题) | those findings that have at least one row in `rectifications.csv` |')
    R.append('| rectified (完成整改) | fed-back findings all of whose rectifications have status `DONE` or `VERIFIED` |')
    R.append('| rectification rate (整改落实率) | rectified / fed back × 100, rounded half up to 2 decimals |')
    R.append('| rules revised (修订制度) | rows of `institutional_fixes.csv` (per round: fixes whose `finding_id` is a '
             'finding of the round; a fix without a finding counts only in the whole-dataset figure) |')
    R.append('| admonitions (约谈) | sanctions of type `ADMONITION_TALK` (same attribution as sanctions) |')
    R.append('| per term | the same over the rounds with that `term_id` |')
    R.append('| coverage, own (覆盖率) | for a term T of committee C and a level L: organizations at level L that '
             'descend from C through `parent_id` (any depth, C itself excluded) and are a `team_targets` row of a '
             'team of a round with `term_id` = T and `committee_id` = C, over all organizations at level L that '
             'descend from C |')
    R.append('| coverage, combined | the same, counting the rounds conducted by C or by any PARTY_COMMITTEE that '
             'descends from C, whose `start_date` lies within T\'s start and end dates (the way a city reports '
             '“villages 95.2%” for city and county rounds together) |')
    R.append('')
    R.append('## Statistics: the whole dataset\n')
    R.append('| figure | value |')
    R.append('| --- | --- |')
    names = [('problems_found', 'problems found'), ('leads', 'leads'), ('cases', 'cases'),
             ('people_in_cases', 'people in cases'), ('sanctions', 'sanctions'),
             ('people_sanctioned', 'people sanctioned'), ('judicial_transfers', 'judiciary transfers'),
             ('fed_back', 'fed back'), ('rectified', 'rectified'), ('rectification_rate', 'rectification rate'),
             ('rules_revised', 'rules revised'), ('admonitions', 'admonitions')]
    for k, lab in names:
        R.append('| %s | %s |' % (lab, stats_all[k]))
    R.append('')
    R.append('## Statistics: per term and per round\n')
    cols = ['problems_found', 'leads', 'cases', 'people_in_cases', 'sanctions', 'judicial_transfers', 'fed_back',
            'rectified', 'rectification_rate', 'rules_revised', 'admonitions']
    R.append('| term / round | type | ' + ' | '.join(['found', 'leads', 'cases', 'people', 'sanctions', 'judicial',
                                                    'fed back', 'rectified', 'rate', 'rules', 'admonitions']) + ' |')
    R.append('| --- | --- |' + ' --- |' * len(cols))
    for tid in sorted(stats_terms):
        R.append('| **%s** | | ' % tid + ' | '.join(str(stats_terms[tid][c]) for c in cols) + ' |')
    for rid in sorted(stats_rounds):
        R.append('| `%s` | %s | ' % (rid, g.round[rid]['type']) + ' | '.join(str(stats_rounds[rid][c]) for c in cols)
                 + ' |')
    R.append('')
    R.append('Sums over rounds can be lower than the whole-dataset figures: sanctions without a case (约谈/问责 of '
             'heads whose units failed to rectify) and institutional fixes without a finding belong to no round.\n')
    R.append('## Coverage per term\n')
    R.append('| term | committee | level | organizations | covered (own rounds) | coverage | covered (combined) | '
             'coverage |')
    R.append('| --- | --- | --- | --- | --- | --- | --- | --- |')
    for c in cov:
        R.append('| %s | %s | %s | %d | %d | %s | %d | %s |' % (c['term'], c['committee'], c['level'],
                                                                c['organizations'], c['covered_own'], c['coverage_own'],
                                                                c['covered_combined'], c['coverage_combined']))
    R.append('')
    R.append('## Red flags\n')
    R.append('See `stories.md` for the planted stories, the near misses and every hit of every rule; '
             '`expected-red-flags.json` lists every hit with its evidence.\n')
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(R) + '\n')


def main():
    files = write_csv()
    data = read_bundle()
    errors, kinds = validate(data)
    g = G(data)
    hits = red_flags(g, AS_OF)
    problems = list(errors)
    for story, rule, subj, _ in PLANTED:
        if subj not in hits[rule]:
            problems.append('planted story %s: %s is not a %s hit' % (story, subj, rule))
    for rule, subj, why in NEAR_MISSES:
        if subj in hits[rule]:
            problems.append('near miss %s %s is a hit' % (rule, subj))
    if S.get('S6N-CONTRACT') in hits['CONFLICT_OF_INTEREST_CONTRACT']:
        problems.append('near miss ASSOCIATE contract is a hit')
    unused = []
    for name, (kind, has_id, cols) in SCHEMA.items():
        for c, typ, _ in cols:
            if typ.startswith('code:') and name in data:
                used = {r[c] for r in data[name][1] if r.get(c)}
                miss = [x for x in CODES[typ[5:]] if x not in used]
                if miss:
                    unused.append('%s.%s: %s' % (name[:-4], c, ', '.join(miss)))
                    if c != 'sector' and name != 'handovers.csv' and not (name.endswith('_history.csv') and c in ('from', 'to')):
                        errors.append('%s: %s: codes never used: %s' % (name, c, ', '.join(miss)))
    planted = {(r, s) for _, r, s, _ in PLANTED}
    incidental = {r: sorted(s for s in hits[r] if (r, s) not in planted) for r in hits}
    counts = {f: len(data[f][1]) for f in files}
    cov = coverage(g)
    stats_all = figures(g, None)
    stats_terms = {t: figures(g, {r for r, x in g.round.items() if x.get('term_id') == t}) for t in g.term}
    stats_rounds = {r: figures(g, {r}) for r in g.round}
    systemic = systemic_issues(g)
    write_docs(files, counts, hits, g, cov, stats_all, stats_terms, stats_rounds, systemic, errors)
    size = sum(os.path.getsize(os.path.join(OUT, f)) for f in files)
    print('wrote %d CSV files, %d rows, %.2f MB to %s' % (len(files), sum(counts.values()), size / 1e6, OUT))
    for f in files:
        print('  %-26s %6d' % (f, counts[f]))
    print('red flags (asOf %s):' % AS_OF)
    for r in sorted(hits):
        print('  %-30s %4d hits; not planted: %s' % (r, len(hits[r]), ', '.join(incidental[r][:8]) +
                                                    (' …' if len(incidental[r]) > 8 else '') or '-'))
    print('whole dataset:', json.dumps(stats_all, ensure_ascii=False))
    print('codes never used:')
    for u in unused:
        print('  ' + u)
    if problems:
        print('PROBLEMS (%d):' % len(problems))
        for p_ in problems[:60]:
            print('  ' + p_)
        sys.exit(1)
    print('validation: OK (ids unique across files, references resolve, codes and dates valid)')


# ----------------------------------------------------------------------------------------
# S21 村账乡代管 and households, S22 两超一慢 (#15): after every random draw, no rng is used
# ----------------------------------------------------------------------------------------

CODES['org_kind'].append('FINANCE_OFFICE')
CODES['poverty_status'] = ['REGISTERED', 'LIFTED', 'MONITORED']
CODES['allowance'] = ['MINIMUM_LIVING', 'EXTREME_POVERTY']
CODES['household_role'] = ['HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'OTHER']
CODES['subsidy_kind'] = ['MINIMUM_LIVING_ALLOWANCE', 'EXTREME_POVERTY_SUPPORT', 'POVERTY_RELIEF', 'INDUSTRY_AWARD',
                         'HOUSING_RENOVATION', 'EDUCATION_AID', 'MEDICAL_AID', 'FARMLAND', 'OTHER']
SCHEMA['accounts.csv'][2].append(('kept_for_id', 'ref:Organization', 0))
SCHEMA['households.csv'] = ('Household', True, [
    ('name', 'text', 1), ('village_id', 'ref:Organization', 1), ('poverty_status', 'code:poverty_status', 0),
    ('allowance', 'code:allowance', 0)])
SCHEMA['household_members.csv'] = (None, False, [
    ('person_id', 'ref:Person', 1), ('household_id', 'ref:Household', 1), ('role', 'code:household_role', 0)])
SCHEMA['subsidies.csv'] = (None, False, [
    ('from_account_id', 'ref:Account', 1), ('household_id', 'ref:Household', 1), ('date', 'date', 1),
    ('kind', 'code:subsidy_kind', 1), ('amount', 'decimal', 1), ('fund_id', 'ref:Fund', 0), ('purpose', 'text', 0)])
for _f in ('households.csv', 'household_members.csv', 'subsidies.csv'):
    T[_f] = []


def household_stories():
    """S21 村账乡代管: 石板乡财政所 keeps 赵家湾村's funds in an account it holds for the village; the county pays
    the 低保 fund and the road project into it, and it pays the households and the contractor. Two households are
    paid what their eligibility does not allow (SUBSIDY_INELIGIBLE); one of them is the village director's brother,
    who is also paid a SUBSIDY transfer from the kept account (BENEFICIARY_CAPTURE reads it as the village's).
    S22 两超一慢: the village road started late, finished late and over its budget; a township school not started
    months after its planned start; a township project within every margin (near miss)."""
    zjw, town = 'ORG-SM-T02-V03', 'ORG-SM-T02'
    czs = org('ORG-SM-T02-CZS', '石门县石板乡财政所', 'FINANCE_OFFICE', 'TOWNSHIP', town, 'FINANCE',
              ORG[town]['region_id'], key='CZS')
    kept = account('ACC-S21-ZJW', czs, 'PUBLIC', '黔安农村商业银行', '石板乡财政所代管赵家湾村集体资金户')
    ACCOUNT[kept]['kept_for_id'] = zjw
    S['S21-ACC'] = kept
    FUND['FUND-S21-DB'] = add('funds.csv', id='FUND-S21-DB', name='石门县2024年城乡低保资金(石板乡赵家湾村)',
                              program='城乡最低生活保障', source_org_id='ORG-SM-MZJ', amount=money(3720), year=2024)
    transfer('ACC-SM-CZJ', kept, 3720, d('2024-03-12'), 'ALLOCATION', fund='FUND-S21-DB',
             purpose='拨付赵家湾村2024年一季度低保资金', tid='TR-S21-01')

    def hh(hid, name, status, allowance, members):
        add('households.csv', id=hid, name=name, village_id=zjw, poverty_status=status, allowance=allowance)
        for handle, pname, gender, birth, role_ in members:
            sp(handle, pname, gender, birth, 'household', party=False, idnum=False)
            add('household_members.csv', person_id=S[handle], household_id=hid, role=role_)

    def paid(hid, day, kind, amount, fund=None, purpose=None):
        add('subsidies.csv', from_account_id=kept, household_id=hid, date=d(day), kind=kind, amount=money(amount),
            fund_id=fund, purpose=purpose)

    hh('HH-S21-1', '赵某贵户', 'REGISTERED', 'MINIMUM_LIVING',
       [('S21-GUI', '赵某贵', 'M', 1958, 'HEAD'), ('S21-GUI-W', '陈某珍', 'F', 1960, 'SPOUSE'),
        ('S21-GUI-S', '赵某强', 'M', 1986, 'CHILD'), ('S21-GUI-M', '王某秀', 'F', 1936, 'PARENT')])
    hh('HH-S21-2', '赵某林户', None, None, [('S21-LIN', '赵某林', 'M', 1972, 'HEAD')])
    hh('HH-S21-3', '赵某英户', None, 'EXTREME_POVERTY',
       [('S21-YING', '赵某英', 'F', 1944, 'HEAD'), ('S21-YING-N', '赵某春', 'M', 1979, 'OTHER')])
    hh('HH-S21-4', '罗某发户', 'MONITORED', None, [('S21-FA', '罗某发', 'M', 1965, 'HEAD')])
    hh('HH-S21-5', '赵某华户', 'LIFTED', None, [('S21-HUA', '赵某华', 'M', 1969, 'HEAD')])
    paid('HH-S21-1', '2024-03-20', 'MINIMUM_LIVING_ALLOWANCE', 1860, 'FUND-S21-DB', '2024年一季度低保金')
    paid('HH-S21-1', '2024-04-15', 'POVERTY_RELIEF', 2000, None, '2024年帮扶救助资金')
    paid('HH-S21-2', '2024-03-20', 'MINIMUM_LIVING_ALLOWANCE', 1860, 'FUND-S21-DB', '2024年一季度低保金')
    paid('HH-S21-3', '2024-03-20', 'EXTREME_POVERTY_SUPPORT', 2400, None, '2024年一季度特困供养金')
    paid('HH-S21-3', '2024-06-18', 'INDUSTRY_AWARD', 3000, None, '2024年到户产业奖补')
    paid('HH-S21-4', '2024-04-15', 'POVERTY_RELIEF', 2000, None, '2024年帮扶救助资金')
    paid('HH-S21-4', '2024-05-10', 'HOUSING_RENOVATION', 16000, None, '农村危房改造补助')
    paid('HH-S21-4', '2024-09-05', 'EDUCATION_AID', 1500, None, '雨露计划教育资助')
    paid('HH-S21-4', '2024-10-12', 'MEDICAL_AID', 3200, None, '医疗救助')
    paid('HH-S21-5', '2024-06-18', 'INDUSTRY_AWARD', 3000, None, '2024年到户产业奖补')
    paid('HH-S21-5', '2024-07-01', 'FARMLAND', 860, None, '2024年耕地地力保护补贴')
    paid('HH-S21-5', '2024-08-01', 'OTHER', 500, None, '临时救助')
    day = d('2024-07-15')
    director = next(p_['person_id'] for p_ in POS_BY_ORG[zjw] if holds(p_, day) and '主任' in p_['title'])
    S['S21-DIRECTOR'] = director
    add('relations.csv', person_id=director, other_person_id=S['S21-LIN'], relation='SIBLING')
    lin = account('ACC-P-S21-LIN', S['S21-LIN'], 'PERSONAL', '黔安农村商业银行', '赵某林个人结算账户')
    transfer(kept, lin, 2000, day, 'SUBSIDY', purpose='临时救助金', tid='TR-S21-02')
    # S22: the road of 赵家湾村, paid through the kept account: county finance → 财政所代管账户 → contractor
    co = 'CO-S22-TD'
    COMPANY[co] = add('companies.csv', id=co, name='石门县通达路桥工程有限公司', reg_no=None,
                      address='黔中省石门县石板乡集镇路18号', phone='0850-6618018')
    account('ACC-CO-S22-TD', co, 'CORPORATE', '黔安农村商业银行', '石门县通达路桥工程有限公司基本存款账户')
    road = project('石板乡赵家湾村组组通公路硬化工程', zjw, 'TRANSPORT', 1_200_000, d('2023-07-10'), d('2024-06-28'),
                   '已竣工验收', pid='PRJ-S22-ROAD')
    PROJECT[road].update(planned_start_date=d('2023-03-01'), planned_end_date=d('2023-10-31'),
                         final_account=money(1_420_000))
    CONTRACT['CT-S22-1'] = add('contracts.csv', id='CT-S22-1', project_id=road, company_id=co, amount=money(1_380_000),
                               signed_date=d('2023-06-20'), procurement='OPEN_TENDER', approved_by=None,
                               name='赵家湾村组组通公路硬化工程施工合同')
    transfer('ACC-SM-CZJ', kept, 1_420_000, d('2023-07-01'), 'ALLOCATION', project=road,
             purpose='拨付赵家湾村组组通公路项目资金', tid='TR-S22-01')
    for n, (amount, day) in enumerate([(426_000, '2023-08-15'), (710_000, '2024-01-20'), (284_000, '2024-07-30')], 2):
        transfer(kept, 'ACC-CO-S22-TD', amount, d(day), 'PAYMENT', project=road, purpose='组组通公路工程款',
                 tid='TR-S22-%02d' % n)
    school = project('石板乡中心学校教学楼建设项目', town, 'EDUCATION', 800_000, None, None, '未开工',
                     pid='PRJ-S22-SCHOOL')
    PROJECT[school].update(planned_start_date=d('2026-04-01'), planned_end_date=d('2026-12-31'))
    near = project('石板乡集镇污水管网建设项目', town, 'ENVIRONMENT', 1_000_000, d('2023-05-20'), d('2023-12-20'),
                   '已竣工验收', pid='PRJ-S22N-1')
    PROJECT[near].update(planned_start_date=d('2023-04-01'), planned_end_date=d('2023-11-30'),
                         final_account=money(1_050_000))


household_stories()

PLANTED.extend([
    ('21 村账乡代管:非低保户领取低保金(村主任之兄)', 'SUBSIDY_INELIGIBLE', 'HH-S21-2', ''),
    ('21 特困供养户未建档立卡却领取产业奖补', 'SUBSIDY_INELIGIBLE', 'HH-S21-3', ''),
    ('22 “两超一慢”:组组通公路开工慢、超工期、超概算', 'OVERRUN_SLOW_START', 'PRJ-S22-ROAD', ''),
    ('22 “两超一慢”:学校项目计划开工后仍未开工', 'OVERRUN_SLOW_START', 'PRJ-S22-SCHOOL', ''),
])
NEAR_MISSES.extend([
    ('SUBSIDY_INELIGIBLE', 'HH-S21-1', '赵某贵户: 建档立卡低保户, 领取低保金和帮扶救助资金, 都符合条件'),
    ('SUBSIDY_INELIGIBLE', 'HH-S21-4', '罗某发户: 防返贫监测户领取帮扶救助和危房改造补助(监测户属建档立卡范围); 教育、医疗救助不设条件'),
    ('SUBSIDY_INELIGIBLE', 'HH-S21-5', '赵某华户: 脱贫户领取产业奖补(脱贫不脱政策); 耕地地力补贴和临时救助不设条件'),
    ('OVERRUN_SLOW_START', 'PRJ-S22N-1', '集镇污水管网: 开工晚49天(< 90)、竣工晚20天(< 30)、决算超概算5%(< 10%)'),
])
PLANNING_STORIES.append(
    ('21 村账乡代管:财政所代管村级资金', 'ORG-SM-T02-CZS (FINANCE_OFFICE, PART_OF ORG-SM-T02), ACC-S21-ZJW (held by it, '
     'kept_for ORG-SM-T02-V03); FUND-S21-DB → TR-S21-01 (ACC-SM-CZJ → ACC-S21-ZJW) → subsidies.csv to HH-S21-1/2; '
     'PRJ-S22-ROAD: TR-S22-01 → TR-S22-02..04 to ACC-CO-S22-TD; HH-S21-1..5 with their members',
     '`moneyTrail(from: "FUND-S21-DB")` reaches the two households through the kept account (read at the village\'s '
     'level, nothing retained); `moneyTrail(from: "PRJ-S22-ROAD")` reaches the contractor through it; the finance '
     'office is not counted in `coverage` (no party organization of its own, inspected with its township); '
     '`BENEFICIARY_CAPTURE` finds PER-S21-LIN, the village director\'s brother, paid TR-S21-02 from the kept account'))

_red_flags_before_households = red_flags


def red_flags(g, as_of):
    """The rules of #15 beside the others, from the same CSV files."""
    hits = _red_flags_before_households(g, as_of)
    data = read_bundle()

    def rows(name):
        return data[name][1] if name in data else []

    def dt(v):
        return date.fromisoformat(v) if v else None
    # OVERRUN_SLOW_START (graceDays=30, tolerance=0.1, slowDays=90)
    for pid, p in g.project.items():
        ps, pe = dt(p.get('planned_start_date')), dt(p.get('planned_end_date'))
        budget, final = p.get('budget'), p.get('final_account')
        started = dt(p.get('start_date')) if p.get('start_date') and dt(p['start_date']) <= as_of else None
        finished = dt(p.get('end_date')) if p.get('end_date') and dt(p['end_date']) <= as_of else None
        late = pe is not None and (finished or as_of) > plus(pe, 30)
        over = bool(budget) and float(budget) > 0 and bool(final) and float(final) > float(budget) * 1.1
        slow = ps is not None and (started or as_of) > plus(ps, 90)
        if late or over or slow:
            hits['OVERRUN_SLOW_START'][pid].add(p['org_id'])
    # SUBSIDY_INELIGIBLE
    house = {r['id']: r for r in rows('households.csv')}
    for s_ in rows('subsidies.csv'):
        if dt(s_['date']) > as_of:
            continue
        h = house[s_['household_id']]
        k, st, al = s_['kind'], h.get('poverty_status'), h.get('allowance')
        if ((k == 'MINIMUM_LIVING_ALLOWANCE' and al != 'MINIMUM_LIVING')
                or (k == 'EXTREME_POVERTY_SUPPORT' and al != 'EXTREME_POVERTY')
                or (k in ('POVERTY_RELIEF', 'INDUSTRY_AWARD') and not st)
                or (k == 'HOUSING_RENOVATION' and not st and not al)):
            a = s_['from_account_id']
            hits['SUBSIDY_INELIGIBLE'][h['id']].update({h['village_id'], a, g.account[a]['holder_id']})
    return hits


if __name__ == '__main__':
    main()
