"""Where a word of Hanyu Pinyin may be hyphenated: between its syllables.

GB/T 16159-2012 (汉语拼音正词法基本规则), 6.6 (移行规则): a word that must be parted at a line's
end is parted between its syllables, with a hyphen (Xiao- | mi, Zhong- | guan- | cun). English
patterns part such words where no syllable ends (Xi- | aomi, Meitu- | an, Lix- | iang), which a
reader of pinyin cannot follow. The names of Chinese places, brands and people in a Chinese
paper's Latin text are almost all pinyin, so a word that reads as pinyin is parted as pinyin.
"""
from __future__ import annotations

import re
from functools import lru_cache

#: the syllables of Mandarin as pinyin spells them without tone marks (ü as v, as keyboards
#: type it: nv, lve)
SYLLABLES = frozenset("""
a o e ai ei ao ou an en ang eng er
ba bo bai bei bao ban ben bang beng bi bie biao bian bin bing bu
pa po pai pei pao pou pan pen pang peng pi pie piao pian pin ping pu
ma mo me mai mei mao mou man men mang meng mi mie miao miu mian min ming mu
fa fo fei fou fan fen fang feng fu
da de dai dei dao dou dan den dang deng dong di dia die diao diu dian ding du duo dui duan dun
ta te tai tao tou tan tang teng tong ti tie tiao tian ting tu tuo tui tuan tun
na ne nai nei nao nou nan nen nang neng nong ni nie niao niu nian nin niang ning nu nuo nuan nv nve
la lo le lai lei lao lou lan lang leng long li lia lie liao liu lian lin liang ling lu luo luan lun lv lve
ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang
ka ke kai kei kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang
ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang
ji jia jie jiao jiu jian jin jiang jing jiong ju jue juan jun
qi qia qie qiao qiu qian qin qiang qing qiong qu que quan qun
xi xia xie xiao xiu xian xin xiang xing xiong xu xue xuan xun
zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai zhui zhuan zhun zhuang
cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui chuan chun chuang
sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui shuan shun shuang
re ri rao rou ran ren rang reng rong ru rua ruo rui ruan run
za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun
ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun
sa se si sai sao sou san sen sang seng song su suo sui suan sun
ya yo ye yao you yan yin yang ying yong yi yu yue yuan yun
wa wo wai wei wan wen wang weng wu
""".split())
#: what an English word that happens to spell syllables ends with (Chi-ne-se, fu-tu-re,
#: mo-du-le, chan-ge, me-di-ci-ne): a word ending so is read as English
_ENGLISH_ENDS = frozenset("ne le re ge se te ce me".split())
#: what only pinyin spells, one in a word at least (x, q, j, zh, and the vowels run together
#: that English seldom writes: Xiao, Huawei, Meituan, Beijing, Zhong); a word with none (sa-ying,
#: ba-na-na) is read as English
_PINYIN_MARK = re.compile(r"x|q|j|zh|ao|uo|ua|ia|ie|iu|ui|ei|ong|eng|ang|ian|uan|ai")


#: the longest word read as pinyin (a name of a few syllables; a run of them any longer is no word)
MAX_LETTERS = 30


@lru_cache(maxsize=2048)
def syllable_breaks(word: str) -> tuple[int, ...] | None:
    """The offsets in ``word`` (letters only) between its syllables where a line may break,
    two letters at least on each side, if the word reads as pinyin, a name's, with its capital
    (Xiaomi, Zhongguancun; lower-case words are English's: bo-xing, wait-ing); else None. A syllable
    starting with a, o or e never follows another without an apostrophe (Xi'an), so Changan is
    Chan-gan; where the word spells syllables two ways, only the breaks both share."""
    if not word[:1].isupper() or len(word) > MAX_LETTERS:
        return None     # (a name's capital: not an English word, mixing, waiting, remaining)
    w = word.lower()
    readings = _readings(w, 0)
    if not readings:
        return None
    common = None
    for ends in readings:
        syllables = [w[a:b] for a, b in zip((0,) + ends[:-1], ends)]
        if syllables[-1] in _ENGLISH_ENDS or not any(_PINYIN_MARK.search(s) for s in syllables):
            return None
        common = set(ends[:-1]) if common is None else common & set(ends[:-1])
    return tuple(k for k in sorted(common) if k >= 2 and len(w) - k >= 2)


def _readings(w: str, i: int) -> list[tuple[int, ...]]:
    """Every way ``w[i:]`` spells syllables: the end of each (at most eight readings)."""
    if i == len(w):
        return [()]
    out = []
    for length in range(1, 7):
        s = w[i:i + length]
        if len(s) < length:
            break
        if s in SYLLABLES and (i == 0 or s[0] not in "aoe"):
            out.extend((i + length,) + rest for rest in _readings(w, i + length))
            if len(out) >= 8:
                break
    return out[:8]
