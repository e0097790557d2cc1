"""Copy normalisation (TYPOGRAPHY.md §1, §4.10; DESIGN.md §2), one case a line."""
from __future__ import annotations

import pytest

from layout.normalize import EMOJI_BULLET, EMOJI_POINTER, EMOJI_REMOVED, normalize


@pytest.mark.parametrize("text, expected", [
    ("2018年,二七区", "2018年，二七区"),                       # , after Han
    ("进展如何?看这里", "进展如何？看这里"),                    # ?
    ("好!", "好！"),                                        # ! at the end
    ("区领导督查;区督导组", "区领导督查；区督导组"),             # ;
    ("如下:一是", "如下：一是"),                              # :
    ("(区领导督查、日督查)", "（区领导督查、日督查）"),           # brackets around Chinese
    ("10台(6台中型和4台大型)目前", "10台（6台中型和4台大型）目前"),  # digits inside, still Chinese
    ("文件(PDF)格式", "文件(PDF)格式"),                        # Latin inside: kept
    ("3,500元", "3,500元"),                                 # thousands separator
    ("10:30开始", "10:30开始"),                             # time
    ("LED,广告", "LED，广告"),                               # Latin before, Chinese after
    ("a,b", "a,b"),                                        # Latin context
    ("同比上涨1.8%;PPI环比", "同比上涨1.8%；PPI环比"),          # between a figure and Latin, in Chinese
    ("包括GDP,CPI等指标", "包括GDP，CPI等指标"),                # between Latin words, in Chinese
    ("比分3:1获胜", "比分3:1获胜"),                            # between digits: kept
    ("访问x.cn/a?b=1等", "访问x.cn/a?b=1等"),                  # in a URL: kept
    ("他说Hello, world!好", "他说Hello, world！好"),           # Latin text (spaces): only the last mark
    ("访问www.abc.com:8080即可", "访问www.abc.com:8080即可"),    # a port: kept
    ("股权比例为50%:50%", "股权比例为50%:50%"),                  # a ratio: kept
    ("实现1:N的关系", "实现1:N的关系"),                          # a ratio with a letter: kept
    ("MAC地址00:1A:2B:3C等", "MAC地址00:1A:2B:3C等"),            # a MAC address: kept
    ("保存在C:\\Users目录下", "保存在C:\\Users目录下"),          # a path: kept
    ("调用f(x,y)函数", "调用f(x,y)函数"),                        # code: the comma kept
    ("收购Yahoo!Japan的", "收购Yahoo!Japan的"),                  # a name: kept
    ("联系a@b.cn,c@d.cn等", "联系a@b.cn,c@d.cn等"),              # e-mail addresses: kept
    ("当a=1,b=2时", "当a=1,b=2时"),                              # a formula: kept
    ("包括GDP,CPI\u3000等", "包括GDP,CPI\u3000等"),             # (a 一字空 ends the run: not bounded by Chinese)
    ('他说"好"吧', "他说“好”吧"),                              # straight quotes by position
    ("例如--这个", "例如——这个"),                             # -- as 破折号
    ("例如—这个", "例如——这个"),                              # single — between Han
    ("1—2", "1—2"),                                        # 一字线 between digits: kept
    ("等等...好", "等等……好"),                               # ... as 省略号
    ("等等。。。好", "等等……好"),                              # 。。。 as 省略号
    ("等等…好", "等等……好"),                                 # single …
    ("太好了⋯⋯他停了一下⋯说", "太好了……他停了一下……说"),             # the midline ⋯, one or two
    ("a1,a2,⋯,an", "a1,a2，⋯，an"),                                   # ... not a formula's
    ("这个问题———以后再谈", "这个问题——以后再谈"),                  # three em dashes: a 破折号
    ("———", "———"),                                               # ... alone: a rule
    ("姓名：———", "姓名：———"),                                      # ... or a blank to fill in
    ("分隔线————", "分隔线————"),                                  # four or more: a rule, kept
    ("生于一八九○年", "生于一八九〇年"),                              # a circle as the zero of a Han numeral
    ("二○○八年、一九○○年", "二〇〇八年、一九〇〇年"),
    ("○○市的○○公司", "○○市的○○公司"),                              # ... a name withheld: kept
    ("被告人李○○一案、张○○一家", "被告人李○○一案、张○○一家"),          # ... before 一 too
    ("●优 ○一般 ×差", "●优 ○一般 ×差"),                              # ... and a sign
    ("二○○○○年、二○一○。", "二〇〇〇〇年、二〇一〇。"),                # a long run; at a numeral's end
    ("二○二○东京奥运会，一九九○至二○○○年，九○后", "二〇二〇东京奥运会，一九九〇至二〇〇〇年，九〇后"),
    ("“嘀————嘀————嘀————”", "“嘀————嘀————嘀————”"),          # four again and again: as meant
    ("姓名————性别————", "姓名————性别————"),                        # ... blanks to fill in
    ("真实的答案————这是", "真实的答案——这是"),                        # ... but four between words: doubled
    ("甲——————乙", "甲——————乙"),                                    # six: kept
    ("\u3000\u3000首行缩进", "首行缩进"),                      # U+3000 indent removed
    ("  首行缩进", "首行缩进"),                               # space indent removed
    ("查漏补缺 凝心聚力", "查漏补缺\u3000凝心聚力"),            # space between phrases: 一字空
    # blanks inside clauses of punctuated prose a line's width apart, as a PDF's line wrap
    # leaves them: taken out; one alone is kept
    ("会议听取了常务主席宋书杰关于工作报告审议情况的汇报,大会 主席团常务主席周亚民关于法院、检察院工作报告审议情"
     "况的汇报,大会计划审查委 员会主任委员宋洁关于规划纲要草案及其计划审查结果的汇报,大会预算审查委员会 主任委员朱河顺。",
     "会议听取了常务主席宋书杰关于工作报告审议情况的汇报，大会主席团常务主席周亚民关于法院、检察院工作报告审议情"
     "况的汇报，大会计划审查委员会主任委员宋洁关于规划纲要草案及其计划审查结果的汇报，大会预算审查委员会主任委员朱河顺。"),
    ("李芳在主席 台就座。周富强主持会议，主席团其他成员出席会议，会议听取了汇报。",
     "李芳在主席\u3000台就座。周富强主持会议，主席团其他成员出席会议，会议听取了汇报。"),
    ("中共中央办公厅 国务院办公厅印发了《意见》，要求各地区各部门，结合实际认真贯彻落实，中共郑州市委 郑州市人民政府随即部署。",
     "中共中央办公厅\u3000国务院办公厅印发了《意见》，要求各地区各部门，结合实际认真贯彻落实，中共郑州市委\u3000郑州市人民政府随即部署。"),
    ("记者来到现场，看到工人们正在忙碌，本报记者张三 摄，现场一派繁忙，工人们正在抓紧施工 作业。",
     "记者来到现场，看到工人们正在忙碌，本报记者张三\u3000摄，现场一派繁忙，工人们正在抓紧施工\u3000作业。"),
    ("这部叫做《鬼灭之刃 无限列车篇》的电影，上映后，票房很高。",      # (a title's two parts)
     "这部叫做《鬼灭之刃\u3000无限列车篇》的电影，上映后，票房很高。"),
    ("开展“不忘初心 牢记使命”主题党日，活动中，党员们重温入党誓词。",
     "开展“不忘初心\u3000牢记使命”主题党日，活动中，党员们重温入党誓词。"),
    ("获奖者张三 李四，会议强调，要做好工作。", "获奖者张三\u3000李四，会议强调，要做好工作。"),   # (names)
    ("主持人 李四说，会议开始，大家安静。", "主持人\u3000李四说，会议开始，大家安静。"),         # (a role)
    ("他说，这是真的，我们 走吧。", "他说，这是真的，我们\u3000走吧。"),                     # (a short clause)
    ("今天天气很好 我们去公园", "今天天气很好\u3000我们去公园"),                            # (no prose round it)
    ("LED 广告", "LED 广告"),                                # Han-Latin space: layout's gap
    ("零\u200b宽", "零宽"),                                  # zero-width space removed
    ("控\x07制", "控制"),                                    # control character removed
    ("双向\u202e文字", "双向文字"),                            # bidi override removed
    ("换\u2028行\u0085符", "换行符"),                          # line separators, C1 controls removed
    ("异体\ufe00字", "异体字"),                                # variation selector removed
    ("ＧＤＰ增长５．０％", "GDP增长5.0%"),                       # full-width letters and digits: ASCII,
    ("２０２４年，增长１２％。", "2024年，增长12%。"),            # with their decimal point and %
    ("第Ａ１０版．", "第A10版．"),                              # a full stop after a word stays
    # spaces beside Chinese punctuation marks (the mark carries its own blank, or none):
    ("Pro Max上 ,苹果", "Pro Max上，苹果"),                      # before a 点号 (typed half-width)
    ("设计 —— 包括", "设计——包括"),                               # around a 破折号
    ("例如 -- 这个", "例如——这个"),                               # around one typed as --
    ("他说 …… 然后", "他说……然后"),                              # around a 省略号
    ("作用。\u3000\u3000各级组织", "作用。各级组织"),               # a 一字空 after a 点号 in running text
    ("他喜欢rock ’n’ roll音乐", "他喜欢rock ’n’ roll音乐"),           # beside an apostrophe: word spaces
    ("他喜欢rock ’n’ roll和‘hip-hop’。", "他喜欢rock ’n’ roll和‘hip-hop’。"),
    ("the students’ union", "the students’ union"),
    ("等等 ... 好", "等等……好"),                                  # around one typed as ...
    ("马尔科 · 卢比奥", "马尔科·卢比奥"),                          # around a 间隔号
    ("配备了 “灵动岛” 药丸", "配备了“灵动岛”药丸"),                 # outside quotes, in running text
    ('他说 "好" 吧', "他说“好”吧"),                                # straight ones too
    ("学习《条例》 做党员", "学习《条例》做党员"),                   # after a book-title mark
    ("查漏补缺 (凝心聚力)", "查漏补缺（凝心聚力）"),                 # before a bracket made full-width
    ("（ 记者 孙志刚 ）", "（记者\u3000孙志刚）"),                  # inside brackets; names keep their 一字空
    ("如何? 看这里", "如何？看这里"),                              # after a 点号
    ("《条例》 iPhone", "《条例》iPhone"),                         # before Latin too
    ("访问 (PDF) 文件", "访问 (PDF) 文件"),                         # a Latin bracket: its spaces stay
    ("如何？\u3000看这里", "如何？\u3000看这里"),                   # a 一字空 typed is kept
    # a score or range typed with spaces around its sign: one number again
    ("以 2 - 1 的比分", "以 2-1 的比分"),
    ("比分 3 : 1 获胜", "比分 3:1 获胜"),
    ("以 2- 1 获胜", "以 2-1 获胜"),
    ("方案 A - B 等", "方案 A - B 等"),                             # not between numbers: kept
    # a / or ～ standing alone: no space beside it, as the composer sets none, except
    # between English words, where the spaces are word spaces
    ("周一 / 周三", "周一/周三"),
    ("时间 /地点", "时间/地点"),
    ("访问http://www.zz.gov.cn/ 查询", "访问http://www.zz.gov.cn/ 查询"),     # a / that ends an address
    ("路径为 /usr/bin", "路径为 /usr/bin"),                                    # ... or starts a path
    ("气温 3 ～ 5℃", "气温 3～5℃"),
    ("2018年 – 2019年", "2018年—2019年"),                          # an en dash: the 一字线
    ("会期为3月5日–11日。", "会期为3月5日—11日。"),
    ("在1990–2000年间", "在1990—2000年间"),
    ("月薪2000–3000元不等", "月薪2000–3000元不等"),                          # figures, not years
    ("鲁迅（1881–1936），浙江绍兴人。", "鲁迅（1881—1936），浙江绍兴人。"),    # two years
    ("该政策在2015–2020期间实施。", "该政策在2015—2020期间实施。"),
    ("2023–24赛季CBA联赛", "2023—24赛季CBA联赛"),
    ("The 2018–2019 season. 他说", "The 2018–2019 season. 他说"),
    ("北京–上海", "北京–上海"),                                       # not between dates: as typed
    ("中国队以3–1战胜日本队", "中国队以3–1战胜日本队"),                 # ... a score
    ("这是郑州–河南的省会", "这是郑州–河南的省会"),
    ("pages 10–20 of the book", "pages 10–20 of the book"),        # English: kept
    ("Windows / 苹果", "Windows/苹果"),
    ("《Tom / Jerry》", "《Tom / Jerry》"),
    ("图片 AnRo0002 / wikimedia", "图片 AnRo0002 / wikimedia"),         # a credit: Latin words
    ("气温3～ 5℃", "气温3～5℃"),                                        # a space on one side of a range
    ("2018/ 2019赛季", "2018/2019赛季"),
    ("比例 3 / 4", "比例 3/4"),                                        # figures: one number
    ("input / output 接口", "input / output 接口"),
    ("比分 2 - 1 , 客队", "比分 2-1，客队"),                         # a mark set full width after figures
    ("iPhone 15 ,售价", "iPhone 15，售价"),                           # ... or after Latin
    ("他说 '你好' 。", "他说‘你好’。"),                                # single quotes too
    ("他说 \u200b“好”", "他说“好”"),                                  # an invisible character between
    ("“好”\u200b 他说", "“好”他说"),                                  # ... on either side
    ("中国\u200b 美国", "中国\u3000美国"),
    ("《 \u200b", "《"),                                             # nothing after the space
    # straight double quotes pair in order and are converted as a pair
    ('他说:"OK."然后', "他说：“OK.”然后"),                             # after a mark set full width
    ('标题是"Think Different",很有名', "标题是“Think Different”，很有名"),  # before one
    ('He said, "OK." 然后', "He said, “OK.”然后"),                     # Latin before: its space stays
    ('He said "hi" and "bye".', "He said “hi” and “bye”."),           # Latin text: curled as English is
    ("He said 'bye' and left.", "He said ‘bye’ and left."),
    ("They played rock 'n' roll all night.", "They played rock 'n' roll all night."),   # (not ‘n’)
    ("The site is at 39°54'N, 116°23'E", "The site is at 39°54'N, 116°23'E"),      # (a prime, not ’)
    ('他在推特上写道：Make America "great" again, he said.',                       # (a sentence with Han:
     '他在推特上写道：Make America "great" again, he said.'),                      # left as typed)
    ('"Don\'t," she said.', "“Don’t,” she said."),
    ("He said, \"She told me 'no.'\" Then he left.", "He said, “She told me ‘no.’” Then he left."),
    ('"Hello," he said.', "“Hello,” he said."),
    ('Type print("hi") to go.', 'Type print("hi") to go.'),          # ... not code
    ('Set name="x" here.', 'Set name="x" here.'),
    ("the players' union", "the players' union"),                   # (a quote or an apostrophe: left)
    ('他问:"Why?"', "他问：“Why?”"),                                   # a Latin quotation keeps its marks
    ('"Yes,"他说。', "“Yes,”他说。"),
    ('包括"AI", "5G"等技术', "包括“AI”，“5G”等技术"),                     # between quoted terms: Chinese
    ('"AI","5G"等技术', "“AI”，“5G”等技术"),                            # a list of them converts together
    ('满意。"记者问:"下一步呢?"', "满意。”记者问：“下一步呢？”"),         # odd count: the first closes
    ('这是最后一段。"', "这是最后一段。”"),
    ('"他说好。', "“他说好。"),                                          # a quotation going on
    ('“我们赢了,"他说', "“我们赢了，”他说"),                            # closes a curly one
    ("'90后'成为主力", "‘90后’成为主力"),                               # single quotes pair the same way
    ('他说:"\'5G\'技术是关键"', "他说：“‘5G’技术是关键”"),               # nested
    ("Let's go 吧", "Let’s go 吧"),                                   # an apostrophe, as printed
    ("90's 音乐", "90’s 音乐"),
    ("O'Neal说", "O’Neal说"),
    ('He is 5\'10" tall.', 'He is 5\'10" tall.'),                     # (feet and inches: left)
    ("2018 -- 2019年", "2018—2019年"),                              # -- between numbers: a 一字线 (range)
    ("2018--2019年", "2018—2019年"),
    ("第3--5版", "第3—5版"),
    ("2018年--2019年", "2018年—2019年"),                            # dates too
    ("3月1日--5日", "3月1日—5日"),
    ("他说--2019年", "他说——2019年"),                                # not between numbers: a 破折号
    # a single — joining two places of a route is the 一字线 (GB/T 15834 4.13), kept
    ("第10000次列车(X8020、义乌—马德里)从义乌开出", "第10000次列车（X8020、义乌—马德里）从义乌开出"),
    ("从中午开始,乳源—坪石段开始下雨", "从中午开始，乳源—坪石段开始下雨"),
    ("一二北京—上海特别旅客快车", "一二北京—上海特别旅客快车"),
    ("他说—好的这段时间", "他说——好的这段时间"),                     # (words of a sentence: a 破折号)
    ("各地—各部门的协同", "各地——各部门的协同"),
    ("喜讯—郑济高铁今天正式通车", "喜讯——郑济高铁今天正式通车"),       # (a head's word and what it announces)
    ("关键阶段—攻坚阶段", "关键阶段——攻坚阶段"),
    ("，坚守底线—生态红线", "，坚守底线——生态红线"),
    ("目标—稳增长、促就业", "目标——稳增长、促就业"),                 # (at the text's start: no list)
    ("｜面积｜--｜人口｜", "｜面积｜--｜人口｜"),                        # a full-width bar's cell likewise
    ("他说---好", "他说——好"),                                      # three hyphens: one 破折号, none left over
    ("2018---2019年", "2018—2019年"),
    ("—摘自新华社", "——摘自新华社"),                                 # a single — at a paragraph's edge: 破折号
    ("他说—", "他说——"),
    # other characters copy uses for a dash, a 间隔号 or an ideograph
    ("他说――好", "他说——好"),                                      # U+2015 (GB 2312's 破折号 in some code pages)
    ("他说－－好", "他说——好"),                                      # full-width hyphens
    ("他说──好", "他说——好"),                                        # box-drawing lines
    ("比尔•盖茨", "比尔·盖茨"),                                      # a bullet between Han: 间隔号
    ("比尔・盖茨", "比尔·盖茨"),                                     # katakana middle dot
    ("⽇报", "日报"),                                            # a Kangxi radical (PDF copy): the ideograph
    ("杜莎姐﹐还站着干甚么﹐快去呀", "杜莎姐，还站着干甚么，快去呀"),      # small forms of marks (Big5-era copy)
    ("1、2,4-D丁酯有很强的挥发性", "1、2,4-D丁酯有很强的挥发性"),      # a chemical name's locants: its own ,
    ("1,2-二氯乙烷和2,4,6-三硝基甲苯", "1,2-二氯乙烷和2,4,6-三硝基甲苯"),
    ("中，Ⅰ~Ⅲ类比例为71.0%", "中，Ⅰ～Ⅲ类比例为71.0%"),                  # a range of Roman numerals
    ("婴幼儿是110g/L,5～11岁的是115g/L，", "婴幼儿是110g/L，5～11岁的是115g/L，"),  # a unit's / in the run
    ("血糖7.8mmol/L,说明", "血糖7.8mmol/L，说明"),
    ("访问www.a.com/b,c等", "访问www.a.com/b,c等"),                      # ... not a path's
    ("黄瓜能耐受短时1～2℃.这就是", "黄瓜能耐受短时1～2℃。这就是"),        # a sentence's end after ℃
    ("气温降至-5℃.", "气温降至-5℃。"),
    ("流量为20m³/s,3日起", "流量为20m³/s，3日起"),
    ("附件1:2023年建议标准", "附件1：2023年建议标准"),                    # a label's colon before a year
    ("/ /《水调歌头》明月几时有/ /", "/ /《水调歌头》明月几时有/ /"),        # an ornament typed: never made //
    ('「为什么?"她抽丝剥茧地追问', "「为什么？」她抽丝剥茧地追问"),         # a " closing a 「: 」
    ("番茄能耐受O℃左右的低温", "番茄能耐受0℃左右的低温"),                   # a letter O for zero before ℃
    ("气温降到〇℃以下", "气温降到0℃以下"),
    ("CO℃", "CO℃"),                                                         # (a word's O: left)
    ("周汝昌(1918-2012),学者", "周汝昌（1918—2012），学者"),             # a life's years in brackets: 一字线
    ("苏轼(1037-1101)与李白", "苏轼（1037—1101）与李白"),
    ("(250-350)", "(250-350)"),                                          # ... not a range of values
    ("电压(220-240)V", "电压（220-240）V"),
    ("(1500-1600)元", "（1500-1600）元"),
    ("杜甫(712-770)", "杜甫（712—770）"),                                  # a Tang poet's three figures
    ("(1913-2012)", "（1913—2012）"),
    ("范仲淹（989-1052）", "范仲淹（989—1052）"),
    ("中国共产党大事记(1921-1930)", "中国共产党大事记（1921—1930）"),      # ... a span of years, shorter than a life
    ("大事记（1988-1997年）", "大事记（1988—1997年）"),                      # ... with 年
    ("在咸阳（1947年-1949年）", "在咸阳（1947年—1949年）"),
    ("电压(1500-1505)V", "电压（1500-1505）V"),                            # ... not values with a unit
    ("考场(1201-1208)", "考场（1201-1208）"),                              # ... nor numbers a few apart
    ("座位号（2001-2030）", "座位号（2001-2030）"),                          # ... nor after a word for numbers
    ("电话(0755-8366)", "电话（0755-8366）"),                              # ... not a code
    ("比分(3-1)", "比分（3-1）"),
    ('「为什么?」她问。"好"', "「为什么？」她问。“好”"),
    ("比例为1:3比较合适", "比例为1:3比较合适"),                           # ... not a ratio's
    ("分别为3,4,5岁", "分别为3，4，5岁"),                                # ... not a list of figures
    ("慢悠悠地道﹕﹁外面﹂﹖", "慢悠悠地道：「外面」？"),
    ("会议于上午10﹕30开始", "会议于上午10:30开始"),                        # ... then judged as typed ones are
    ("京政办发﹙2023﹚5号", "京政办发〔2023〕5号"),
    ("香港記者陳大文報︰今日天氣晴朗", "香港記者陳大文報：今日天氣晴朗"),        # ︰, Hong Kong copy's colon
    ("甲﹑乙﹔丙﹗﹙注﹚﹝一﹞", "甲、乙；丙！（注）〔一〕"),
    ("好︒︵注︶︽书︾", "好。（注）《书》"),                             # vertical forms (text cut from a vertical page)
    # full-width runs with their signs
    ("１２０，３４０，５６人", "120，340，56人"),                      # a ， between figures: a list's comma
    ("１１０，１１９，１２０", "110，119，120"),                        # (three and three: as likely a list)
    ("分别为３２０，４５０元", "分别为320，450元"),
    ("１，２３４，５６７元", "1,234,567元"),                            # ... but for thousands' (groups of three)
    ("１，２３４．５万元", "1,234.5万元"),
    ("共５６人，１，２３４元", "共56人，1,234元"),
    ("１２，３４５，６７８９", "12，345，6789"),                        # (a group of four: a list)
    ("增長7﹒8%", "增長7.8%"),                                        # the small full stop, a decimal point
    ("网友﹫小明", "网友@小明"),
    ("每天7~8杯(1500~1700ml),提倡", "每天7～8杯（1500～1700ml），提倡"),     # a range in brackets with its unit
    ("use (1500~1700ml) daily", "use (1500~1700ml) daily"),               # (in English: as typed)
    ("---|---|---|", "---|---|---|"),                                    # a Markdown table's rule: no 破折号
    (":---|---:|", ":---|---:|"),
    ("| 建成区面积 | 平方公里 | -- | -- |", "| 建成区面积 | 平方公里 | -- | -- |"),     # a cell of no data, as typed
    # an interval or a point of mathematics keeps its brackets as typed
    ("函数在(-∞,-1)上单调递减", "函数在(-∞,-1)上单调递减"),
    ("定义域为[0,1),值域为(0,+∞)", "定义域为[0,1)，值域为(0,+∞)"),
    ("解得x=4(舍去)", "解得x=4（舍去）"),                                # (words in brackets: full width)
    # an emoji keyboard's heavy signs as the signs
    ("12➗3✖️2➕1➖1＝？", "12÷3×2+1-1＝？"),
    # a listing's row typed with a run of spaces between a name and its figure: 一字空
    ("    菜  花    2.60", "菜\u3000花\u30002.60"),
    ("大白菜    1.40", "大白菜\u30001.40"),
    ("今天气温达到    35度，很热。", "今天气温达到 35度，很热。"),           # (a sentence: a Han-Latin gap)
    ("在  2024年", "在 2024年"),                                           # (two spaces: a slip)
    ("全市新增城镇就业   12.6万人", "全市新增城镇就业 12.6万人"),             # (no price: a quantity)
    ("新华社北京   3月5日电", "新华社北京 3月5日电"),
    ("猪肉    15.5元/斤", "猪肉\u300015.5元/斤"),
    ("猪肉    13.5元/500克", "猪肉\u300013.5元/500克"),
    # ℅ (care of), beside % in an input method's list of signs, after a figure: the %
    ("奖补60℅以上的道路工程款", "奖补60%以上的道路工程款"),
    ("c℅d", "c℅d"),                                                      # (not after a figure: as typed)
    ("Apt 12℅ John Smith", "Apt 12℅ John Smith"),                        # (care of, before a name)
    # a backslash a web page's script escapes a quote with
    ('证件丢失的\\"事实\\"，必须', "证件丢失的“事实”，必须"),
    ("他说\\“好”", "他说“好”"),
    ("路径C:\\data\\文件", "路径C:\\data\\文件"),                     # (a path's: as typed)
    ('路径"C:\\Users\\"下', '路径“C:\\Users\\”下'),                   # (... before a quote too)
    ('echo \\"hello\\"', 'echo \\"hello\\"'),                          # (code: no Chinese)
    # a sign and a term wrapped onto a line of their own: an operator, not a list's bullet
    ("+ 3 = 0, 求解该方程可得", "+ 3 = 0，求解该方程可得"),
    ("+ 智能驾驶", "●智能驾驶"),
    ("- 1美元 = 7.12元人民币", "●1美元 = 7.12元人民币"),              # (a list's item with an =: a bullet)
    ("共(5,000)万元", "共（5,000）万元"),                                # (a number in its groups, no interval)
    ("➖➖➖➖➖➖", "➖➖➖➖➖➖"),                                          # (a row of them rules off: as typed)
    ("| 面积 |--| 人口 |", "| 面积 |--| 人口 |"),
    ("| 他说--好的 |", "| 他说——好的 |"),                              # (a 破折号 inside a cell's words)
    # an apostrophe before a year's two figures in Chinese text: ’, not quotes in turn
    ("「早安少女組。'16」15日抵台，「早安少女組。'16」在台北", "「早安少女組。’16」15日抵台，「早安少女組。’16」在台北"),
    ("他是'90后", "他是’90后"),
    ("'90后'成为主力", "‘90后’成为主力"),                            # (a quoted term: quotes)
    ("他们是'95后大学生创业群体'的代表", "他们是‘95后大学生创业群体’的代表"),
    ("１０：３０开会", "10:30开会"),                                 # time
    ("２０２４－０９－１０", "2024-09-10"),                           # date
    ("ＣＯＶＩＤ－１９疫情", "COVID-19疫情"),                          # model name
    ("Ａ／Ｂ测试", "A/B测试"),
    ("网址ｗｗｗ．ｇｏｖ．ｃｎ。", "网址www.gov.cn。"),
    ("分别为１，２人", "分别为1，2人"),
    ("他说－－－好", "他说——好"),                                      # a run of full-width hyphens: one 破折号
    ("他说―――好", "他说——好"),
    ("日本雅虎(Yahoo!)公司", "日本雅虎（Yahoo!）公司"),                   # a name's own mark in brackets
    ("据IT之家记者了解，多家媒体报道 iPhone 16", "据IT之家记者了解，多家媒体报道 iPhone 16"),  # not a dateline
    ("今天天气很好\u200b.", "今天天气很好。"),                            # an invisible character before the .
    ("零下－５℃", "零下-5℃"),                                        # a minus sign before a figure
    ("ｉＯＳ\u3000１７", "iOS 17"),                                   # a 一字空 between Latin: a word space
    # blanks: typographic spaces as indents, a 一字空 before a 点号
    ("  首行缩进", "首行缩进"),                              # em spaces (&emsp;): no double indent
    ("  首行缩进", "首行缩进"),                              # en spaces
    ("​　　首行缩进", "首行缩进"),                        # an invisible character first
    ("  首行缩进 ", "首行缩进"),                        # no-break spaces at the edges
    ("中 文", "中　文"),                                    # an em space between Han: 一字空
    ("中国　，美国", "中国，美国"),                               # no blank before a 点号
    ("（　记者", "（记者"),                                      # ... nor after an opening bracket
    ("“\u3000好\u3000”", "“好”"),                                     # ... nor before a closing one
    ("正确的是（\u3000\u3000）", "正确的是（\u3000\u3000）"),             # a blank to fill in: kept
    ("10\u2009000\u2009000米", "10\u2009000\u2009000米"),               # thin spaces in a figure: kept
    ("按照(1)(2)(3)的顺序", "按照（1）（2）（3）的顺序"),                  # brackets beside brackets set full width
    ("函数f(2)的值", "函数f(2)的值"),                                   # a function: kept
    ("他问:Why?", "他问：Why？"),                                       # after a colon set full width
    ("他买了iPhone... iPad也买了", "他买了iPhone……iPad也买了"),            # a Chinese sentence's ellipsis
    ("写道 Thanks everyone,see you 随后", "写道 Thanks everyone,see you 随后"),   # English without a space
    ("２０１８－－２０１９年", "2018—2019年"),                             # full-width hyphens between figures: a range
    ("气温4℃~6℃,涨幅10%~20%", "气温4℃～6℃，涨幅10%～20%"),
    ("\u3000\u3000—摘自《人民日报》", "——摘自《人民日报》"),
    ("明天会下雨.\u00a0", "明天会下雨。"),
    ("新华社北京3月8日电 3月8日，会议举行", "新华社北京3月8日电　3月8日，会议举行"),   # a dateline's space: 一字空
    ("本报讯 记者高鹏报道 6月19日", "本报讯　记者高鹏报道　6月19日"),
    ("增加 500元", "增加 500元"),                                       # a Han-figure space: the gap
    ("1381千米~1382千米", "1381千米～1382千米"),                          # ranges with two-character units
    ("13:00~18:00开放", "13:00～18:00开放"),                              # ... and of times
    ("转转笔······今年", "转转笔……今年"),                                 # middle dots for an ellipsis
    ("[休·埃文斯向媒体作了介绍]", "［休·埃文斯向媒体作了介绍］"),           # square brackets around Chinese
    ("[1] 张三. 论文", "[1] 张三. 论文"),                                 # a reference's number: kept
    # a mark after a mark set full width, or after a removed character
    ("真的吗?!", "真的吗？！"),
    ("黄县(今龙口市),1938年参加", "黄县（今龙口市），1938年参加"),       # after a bracket set full width
    ("价格(含税),100元", "价格（含税），100元"),                      # ... before figures too
    ("他来了(记者注)!Hello", "他来了（记者注）!Hello"),                # ... not before a Latin word
    ("大学学报(理学版), 2024, 56(3)", "大学学报（理学版）, 2024, 56(3)"),   # ... nor in a reference, spaced
    ("郑州大学学报(理学版),2024,56(3):1-8.", "郑州大学学报（理学版）,2024,56(3):1-8."),   # ... or solid
    ("(单位:万元),100,200,300", "（单位：万元）,100,200,300"),          # ... nor before a list of figures
    ("会议(第二次),9:30开始，增长(同比),5%", "会议（第二次），9:30开始，增长（同比），5%"),   # ... but a time, a %
    # a space between two quantities typed solid with their units, each whole: fields, a 一字空
    ("1月1日:多云 西南风2—3级 3℃~-8℃;", "1月1日：多云　西南风2—3级　3℃～-8℃；"),
    ("多云 西南风2—3级 25℃ 10毫米", "多云　西南风2—3级　25℃　10毫米"),          # ... every one of a line
    ("多云 北风3—4级 -3℃~-12℃", "多云　北风3—4级　-3℃～-12℃"),
    ("西南风 2—3 级 3℃", "西南风 2—3 级 3℃"),                            # ... spaced figures: Han-Latin gaps
    ("The battery lasts 100% 2 hours", "The battery lasts 100% 2 hours"),  # ... nor English
    ("新建1200个 5G基站", "新建1200个 5G基站"),                            # ... nor a figure of a phrase
    ("该校2019级 3班学生", "该校2019级 3班学生"),
    ("以1米 96的成绩", "以1米 96的成绩"),                                  # ... or a number split by a space
    ("白菜每斤1.2元 1.5元 2元不等", "白菜每斤1.2元 1.5元 2元不等"),        # ... nor a phrase at the end
    ("北京 晴 3℃ -8℃", "北京　晴 3℃ -8℃"),                              # ... nor after a word space
    ("The price rose 5% 3% last year", "The price rose 5% 3% last year"),
    ("你好!!!", "你好！！！"),
    ("这是什么(东西)?", "这是什么（东西）？"),
    ("他说...?", "他说……？"),
    ("难道--?", "难道——？"),
    ("太好了​!", "太好了！"),
    ('他说“好​"', "他说“好”"),
    # Chinese sentences with Latin text in them
    ("电池是3877mAh,iPhone 15 Plus电池是4912mAh。", "电池是3877mAh，iPhone 15 Plus电池是4912mAh。"),
    # ... after a bracket of figures or Latin, the mark outside it; after two words with a / between
    ("电池(73.6kWh),Pro 版和 Max 版升级", "电池(73.6kWh)，Pro 版和 Max 版升级"),
    ("文件(PDF),格式", "文件(PDF)，格式"),
    ("游戏加VRR/ALLM,HDMI 2.1接口", "游戏加VRR/ALLM，HDMI 2.1接口"),          # (typed solid too)
    ("见Wang et al.(2020),Nature,581:1-5。", "见Wang et al.(2020),Nature,581:1-5。"),   # (a reference's)
    ("游戏加 VRR/ALLM,HDMI 2.1 接口", "游戏加 VRR/ALLM，HDMI 2.1 接口"),
    ("调用f(x,y)函数", "调用f(x,y)函数"),                                 # (inside the bracket: code's)
    ("坐标(3,4)处", "坐标(3,4)处"),
    ("路径/usr/bin,etc等", "路径/usr/bin,etc等"),                          # (a path's)
    ("访问x.cn/a?b=1,c等", "访问x.cn/a?b=1,c等"),
    # ... after a colon typed half width after Chinese: the colon is the sentence's
    ("規格如下:4*1.6GHz,GPU馬良920。", "規格如下：4*1.6GHz，GPU馬良920。"),
    ("时间:8:30-12:00,14:30-17:30", "时间：8:30-12:00,14:30-17:30"),     # (times: a list of them)
    ("他说:Hello, world", "他说：Hello, world"),                         # (English)
    # an English ellipsis stays one …, with a word or the end after it
    ("we have been making music together for nearly a decade HOWEVER…https://t.co/jj",
     "we have been making music together for nearly a decade HOWEVER…https://t.co/jj"),
    ("I think that…", "I think that…"),
    ("we’ve been making music together for a decade HOWEVER…https://t.co/jj",     # (an apostrophe)
     "we’ve been making music together for a decade HOWEVER…https://t.co/jj"),
    ("Midnights is a wild ride of an album and I could not be happier that my co pilot on this "
     "adventure was him, and we have been making music together HOWEVER…https://t.co/jj",   # (however far)
     "Midnights is a wild ride of an album and I could not be happier that my co pilot on this "
     "adventure was him, and we have been making music together HOWEVER…https://t.co/jj"),
    ("这首歌叫We’ve Got Time…他说", "这首歌叫We’ve Got Time……他说"),
    # an English quotation's source keeps the space after its dash
    ("— Taylor Swift (@taylorswift13) October 21, 2022", "— Taylor Swift (@taylorswift13) October 21, 2022"),
    ("— 他说", "——他说"),
    ("他买了iPhone…", "他买了iPhone……"),                                  # (a name in a Chinese sentence)
    ("演出嘉宾还有Taylor Swift…", "演出嘉宾还有Taylor Swift……"),
    ("嘉宾包括Taylor Swift、Ed Sheeran…", "嘉宾包括Taylor Swift、Ed Sheeran……"),
    ("显存位宽 256-bit,TGP 为 320W。", "显存位宽 256-bit，TGP 为 320W。"),   # no space after the comma
    ("你最喜欢的手机是iPhone?", "你最喜欢的手机是iPhone？"),         # a sentence ending in a Latin word
    ("增长300%!", "增长300%！"),
    ("请访问www.gov.cn!", "请访问www.gov.cn！"),
    ("收购Yahoo!Japan的", "收购Yahoo!Japan的"),                       # a name: kept
    ("音乐剧《Mamma Mia!》", "音乐剧《Mamma Mia!》"),                   # a Latin title's own mark: kept
    ("今天天气很好.", "今天天气很好。"),                             # an ASCII full stop after Han
    ('他说"好."', "他说“好。”"),
    ("今天天气很好. 明天", "今天天气很好。明天"),
    ("一. 指导思想", "一. 指导思想"),                                 # an ordinal, a heading: kept
    # English text typed with curly quotes keeps its own marks and spaces
    ("The US calls itself a“beacon of freedom”, but this beacon doesn‘t seem bright。",
     "The US calls itself a “beacon of freedom”, but this beacon doesn’t seem bright."),
    ("so-called“removal”is nothing but a pipe dream。 I’m afraid", "so-called “removal” is nothing but a pipe dream. I’m afraid"),
    ("“Hello,” he said.", "“Hello,” he said."),
    ("美方称“beacon of freedom”, 但是", "美方称“beacon of freedom”，但是"),      # ... not beside Chinese
    ("He called it “beacon”, 但是", "He called it“beacon”，但是"),   # (a sentence with Chinese: Chinese quotes)
    ("微软推出Windows“Copilot”。", "微软推出Windows“Copilot”。"),
    ("The plan， called “Made in China 2025”， aims high。", "The plan, called “Made in China 2025”, aims high."),
    ("He said， “We are back，” and left。", "He said, “We are back,” and left."),
    ("He said ‘yes’. Then he left.", "He said ‘yes’. Then he left."),                # single quotes too
    ("concepts such as “common prosperity”， “dual circulation” and more.",
     "concepts such as “common prosperity”, “dual circulation” and more."),
    ("他写道：“We will win， and we will win big。”", "他写道：“We will win, and we will win big.”"),
    ("They danced to ‘rock ’n’ roll’ all night.", "They danced to ‘rock ’n’ roll’ all night."),
    ("He called it ‘Ho‘s plan’ in the meeting.", "He called it ‘Ho’s plan’ in the meeting."),
    ("Welcome to Beijing。", "Welcome to Beijing."),
    ("He said “ and then “Hello there,” she said.", "He said“and then “Hello there,” she said."),  # a stray “: the
    # quotation after it is still English (its spaces kept), the stray one a Chinese mark
    ("他走了. It is a “pipe dream” really.", "他走了. It is a “pipe dream” really."),      # after a sentence ended by .
    ("讨论中—有代表提出异议—随后达成共识—会议结束", "讨论中—有代表提出异议—随后达成共识—会议结束"),  # (no word of a sentence: kept)
    ("pic.twitter.com/Pbz — SportsCenter (@SportsCenter)", "pic.twitter.com/Pbz — SportsCenter (@SportsCenter)"),
    ("faster than people think! — Donald J. Trump", "faster than people think! — Donald J. Trump"),  # an English dash
    ("他说 — 好", "他说——好"),
    ("談到Rajon Rondo,James說", "談到Rajon Rondo，James說"),      # names in a Chinese sentence: its comma
    ("该指数中的公司包括Intel,NXP,Qualcomm,Broadcom,Nvidia,Applied Materials,Western Digital,AMD等。",   # a long list
     "该指数中的公司包括Intel，NXP，Qualcomm，Broadcom，Nvidia，Applied Materials，Western Digital，AMD等。"),
    ("他说Thanks everyone,see you soon。", "他说Thanks everyone,see you soon。"),
    ("改编自凯.伯德(Kai Bird)的传记。", "改编自凯·伯德(Kai Bird)的传记。"),  # a name's dot, its Latin form after it
    ("众议员凯茜.麦克莫里斯.罗杰斯(Cathy McMorris Rodgers)周一", "众议员凯茜·麦克莫里斯·罗杰斯(Cathy McMorris Rodgers)周一"),
    ("今天天气很好.明天(Tomorrow Is)", "今天天气很好。明天(Tomorrow Is)"),
    ("新品。iPhone 15 Pro Max，Apple Watch Ultra，AirPods Pro。", "新品。iPhone 15 Pro Max，Apple Watch Ultra，AirPods Pro。"),
    ("“Life is short， play more。”这是该品牌的广告语。", "“Life is short, play more.”这是该品牌的广告语。"),
    ("我们用iPhone。", "我们用iPhone。"),
    ("东经113°45’12”，北纬34°43’", "东经113°45′12″，北纬34°43′"),   # an angle's minutes and seconds typed as quotes
    ("他说“东经113°45’”。", "他说“东经113°45′”。"),
    ("O’Neal说", "O’Neal说"),
    ("The US calls itself a “beacon of freedom in the world”.", "The US calls itself a “beacon of freedom in the world”."),
    ("The Olympic motto is“Faster, Higher, Stronger”。", "The Olympic motto is “Faster, Higher, Stronger”."),
    ("The word‘love’ is overused。", "The word ‘love’ is overused."),            # a quoted word: no apostrophe
    ("a beacon， but this beacon doesn‘t shine。", "a beacon, but this beacon doesn’t shine."),
    ("他说Hello， world的意思", "他说Hello，world的意思"),                          # ... not beside Chinese
    ("发文称Elon Musk“is a genius” (马斯克是天才)。", "发文称Elon Musk“is a genius”（马斯克是天才）。"),
    ("他说Made in China。然后", "他说Made in China。然后"),
    # a Chinese gloss in an English sentence: its brackets and word spaces kept
    ("The term “Belt and Road” (一带一路) was coined in 2013.", "The term “Belt and Road” (一带一路) was coined in 2013."),
    ("We use WeChat (微信) every day.", "We use WeChat (微信) every day."),
    ("guanxi (关系) and mianzi (面子) are important here.", "guanxi (关系) and mianzi (面子) are important here."),
    ("He said hello (你好).", "He said hello (你好)."),
    ("他说 Hello (你好) 然后走了。", "他说 Hello（你好）然后走了。"),            # ... not in a Chinese sentence
    ("Made in China (中国制造)，很好。", "Made in China（中国制造），很好。"),
    ("iPhone 15 Pro (苹果手机)", "iPhone 15 Pro（苹果手机）"),                  # (no sentence: Chinese)
    ("The term(一带一路) was coined in 2013.", "The term（一带一路）was coined in 2013."),  # (typed solid: Chinese)
    ("第 二 次 国 内 革 命 战 争", "第二次国内革命战争"),                 # a line letter-spaced by hand: solid
    ("甲 乙 丙 丁", "甲乙丙丁"),
    ("第\u00a0二\u00a0次\u00a0国\u00a0内", "第二次国内"),                 # ... with no-break spaces
    ("第 二 次 国 内 革 命 战 争。", "第二次国内革命战争。"),
    ("《 论 持 久 战 》", "《论持久战》"),
    ("总 则 说", "总\u3000则\u3000说"),                                    # ... not three: a 一字空 each
    ("第一章 总 则", "第一章\u3000总\u3000则"),
    ("甲 乙 丙 丁，好", "甲\u3000乙\u3000丙\u3000丁，好"),               # ... nor part of a sentence
    ("进球后庆祝。 新华社发", "进球后庆祝。\u3000新华社发"),               # a credit after a caption: 一字空
    ("庆祝。 本报记者 张三 摄", "庆祝。\u3000本报记者\u3000张三\u3000摄"),
    ("庆祝。 受访者供图", "庆祝。\u3000受访者供图"),
    ("购置年货。 新华社发（陈熙 摄）", "购置年货。\u3000新华社发（陈熙\u3000摄）"),
    ("“漂浮森林”。 刘力鑫 摄", "“漂浮森林”。\u3000刘力鑫\u3000摄"),
    ("庆祝。 本报通讯员 张三 摄", "庆祝。\u3000本报通讯员\u3000张三\u3000摄"),
    ("庆祝。 资料图片", "庆祝。\u3000资料图片"),
    ("会议如期召开。 全市各电视台陆续播发", "会议如期召开。全市各电视台陆续播发"),
    ("他走了。 他说完就出发", "他走了。他说完就出发"),                     # ... not a sentence
    ("他说。 记者了解到", "他说。记者了解到"),
    ("好。 新华社发布消息称", "好。新华社发布消息称"),
    ("成交66,287张. 汇控股价升", "成交66,287张。汇控股价升"),           # ... after figures and a blank
    ("股价升0.61%. 其他银行股中", "股价升0.61%。其他银行股中"),
    ("今天天气很好. 明天下雨. 后天转晴", "今天天气很好。明天下雨。后天转晴"),
    ("2019年10月. 公司在港交所上市", "2019年10月. 公司在港交所上市"),       # a date heading: kept
    ("跌149点,成交6张. 汇控", "跌149点，成交6张。汇控"),                # ... four characters after a mark
    ("第三章 总则. 第一条", "第三章　总则. 第一条"),                     # a heading after a blank: kept
    ("第一部分. 总则", "第一部分. 总则"),
    ("[1] 张三. 人工智能研究[J]. 计算机学报", "[1] 张三. 人工智能研究[J]. 计算机学报"),
    ("第3.5版", "第3.5版"),                                          # a decimal point: kept
    ("点击“考生注册”.报考人员", "点击“考生注册”。报考人员"),              # after a closing quote
    ("截止时间为18:00.", "截止时间为18:00。"),                         # ending a paragraph after figures
    ("同比增长3.5%.", "同比增长3.5%。"),
    ("访问www.gov.cn.", "访问www.gov.cn."),                           # an address: kept
    ("来自美国U.S.A.", "来自美国U.S.A."),                               # an abbreviation: kept
    ("苹果公司Apple Inc.表示", "苹果公司Apple Inc.表示"),
    ("读《史记.项羽本纪》有感", "读《史记·项羽本纪》有感"),               # inside a title: the 间隔号
    ("标题定为《并蒂花开汝州.双壁互映日月", "标题定为《并蒂花开汝州·双壁互映日月"),   # (one left open too)
    ("《红楼梦》.后来他", "《红楼梦》。后来他"),                       # (after it: a full stop)
    ("3~5天", "3～5天"),                                             # a range: 浪纹线
    ("气温为-5°C~3°C,后天", "气温为-5°C～3°C，后天"),                     # degrees typed as °C
    ("访问example.com/~user", "访问example.com/~user"),               # in a URL: kept
    ("播种时间为10月下旬~11月中旬", "播种时间为10月下旬～11月中旬"),     # a month's part before it
    ("9月下旬~10月初", "9月下旬～10月初"),
    ("下旬~好", "下旬~好"),                                            # (no date: kept)
    # figures in brackets in Chinese text (序次语): full width; Latin text: kept
    ("要素:(1)声音;(2)结构", "要素：（1）声音；（2）结构"),
    ("(1)加强领导", "（1）加强领导"),
    ("沈括(1031--1095),宋朝人", "沈括（1031—1095），宋朝人"),
    ("调用f(x,y)函数", "调用f(x,y)函数"),
    # an English ellipsis in English text
    ('他说:"Wait... what?"', "他说：“Wait... what?”"),
    ('He said "I think..." and left.', "He said “I think...” and left."),
    # quotations inside quotations, typed with " for both: the inner in ‘’ (GB/T 15834 4.8)
    ('他说:"我们要发扬"工匠精神"。"', "他说：“我们要发扬‘工匠精神’。”"),
    ('"我们要发扬"工匠精神"。"他说。', "“我们要发扬‘工匠精神’。”他说。"),
    ('"第二段提到"工匠精神",很重要。', "“第二段提到‘工匠精神’，很重要。"),   # a quotation going on
    ('"工匠精神"和"劳模精神"', "“工匠精神”和“劳模精神”"),                # side by side, not nested
    ('我们称之为"工匠精神"的品质', "我们称之为“工匠精神”的品质"),
    ('他说:"工作要做。"他又补充了一句"慢慢来。"', "他说：“工作要做。”他又补充了一句“慢慢来。”"),   # speech, words, speech
    ('说:"要做的还很多…"随后又补充了一句……"慢慢来。"', "说：“要做的还很多……”随后又补充了一句……“慢慢来。”"),
    ('他说:"要发扬"工匠精神"。"', "他说：“要发扬‘工匠精神’。”"),                 # ... not a term inside one
    ('他说:"我们要守住底线。"双减"政策必须落实到位。"', "他说：“我们要守住底线。‘双减’政策必须落实到位。”"),
    ('他说:"有三点。"第一"是安全,"第二"是质量。"', "他说：“有三点。‘第一’是安全，‘第二’是质量。”"),
    ('他说:"要做。"他又说"慢慢来。"', "他说：“要做。”他又说“慢慢来。”"),              # after a word of saying
    ('记者问:"还有信心吗?"他答"有。"', "记者问：“还有信心吗？”他答“有。”"),
    # a " after a figure with no quotation open is a prime
    ("位于北纬39°54'20\",东经116°23'17\"。", "位于北纬39°54'20\"，东经116°23'17\"。"),
    ('27"显示器', '27"显示器'),
    ('苏炳添以9"95夺冠,葛曼棋以11"20夺冠。', "苏炳添以9″95夺冠，葛曼棋以11″20夺冠。"),   # seconds: never a pair
    ("成绩为14'55\"73", "成绩为14′55″73"),
    ("单圈成绩1’26”741，快了2’09”", "单圈成绩1′26″741，快了2′09″"),   # ... typed curly: a lap's time
    ("他说“我的成绩是4’18”。”", "他说“我的成绩是4’18”。”"),             # ... not in a quotation, where ” may close it
    ("他说“跑了12’30”好", "他说“跑了12’30”好"),                         # ... not a quote's end after one
    ('他说:"跑出9"95很难。"', "他说：“跑出9″95很难。”"),
    ("身高5'10\"", "身高5'10\""),                                       # feet and inches: as typed
    ('他说"第3"。', "他说“第3”。"),                                   # ... but this one closes a quotation
    ('他说,"我们一定会成功。', "他说，“我们一定会成功。"),                   # a quotation going on after a comma
    ('他认为,"躺平"不可取,"奋斗', "他认为，“躺平”不可取，“奋斗"),
    ('他提出"两山"理念。"绿水青山就是金山银山"已深入人心。', "他提出“两山”理念。“绿水青山就是金山银山”已深入人心。"),  # side by side
    ('他表示:"今年营收增长了15%,"并称"明年会更好"。', "他表示：“今年营收增长了15%，”并称“明年会更好”。"),
    ('都是好人。""万一人家批评你。"', "都是好人。”“万一人家批评你。”"),               # two quotes together
    ('要坚持"两个确立",做到"两个维护"。"他说。', "要坚持‘两个确立’，做到‘两个维护’。”他说。"),  # ending one begun before
    ('他说:"要实现"2035"目标。"', "他说：“要实现‘2035’目标。”"),               # figures quoted, not primes
    ('他说:"这台手机是6.7"屏幕。"', '他说：“这台手机是6.7"屏幕。”'),             # ... and a prime inside a quotation
    ('指出:"要坚持"两个毫不动摇",推动"十四五"规划落地。"', "指出：“要坚持‘两个毫不动摇’，推动‘十四五’规划落地。”"),
    ('他说:"我们要像"老黄牛"一样工作,像"拓荒牛"一样创新。"', "他说：“我们要像‘老黄牛’一样工作，像‘拓荒牛’一样创新。”"),
    ('据悉,"十四五”规划即将收官。', "据悉，“十四五”规划即将收官。"),             # straight and curly mixed
    ('他说:"我们要团结。“', "他说：“我们要团结。”"),
    ('他说:"', "他说：“"),
    # curly quotes facing the wrong way (word processors, input methods)
    ("他说”好”", "他说“好”"),
    ("他说“好“", "他说“好”"),
    ("有人举着写有”欢迎回家“的横幅。", "有人举着写有“欢迎回家”的横幅。"),        # a pair the wrong way round
    ("“要做好，”他说。现场有人喊道”加油!“,也有人举着”欢迎回家“的横幅。",
     "“要做好，”他说。现场有人喊道“加油！”，也有人举着“欢迎回家”的横幅。"),     # ... after one typed right
    ("网络热词”内卷“和”躺平“引发了讨论。", "网络热词“内卷”和“躺平”引发了讨论。"),     # two pairs the wrong way round
    ("该市将围绕”十四五“规划和”双碳“目标推进。", "该市将围绕“十四五”规划和“双碳”目标推进。"),
    ("· 学习贯彻党的二十届三中全会精神 ·", "·学习贯彻党的二十届三中全会精神·"),          # (a head between dots: no bullet)
    # a stray ” before a term quoted right is left, and said; the quotes after it keep their faces
    ("能买到“晚报”吗?”我都一一作了回答。知道我有“晚报情结”的同事把“晚报”放到了桌上。",
     "能买到“晚报”吗？”我都一一作了回答。知道我有“晚报情结”的同事把“晚报”放到了桌上。"),
    ("’这是我们的责任‘,他补充道。", "‘这是我们的责任’，他补充道。"),            # single quotes too
    ("“甲“乙”丙”", "“甲“乙”丙”"),                                      # a quotation inside another: kept
    ("继续说。”他说。“好”", "继续说。”他说。“好”"),                       # one the paragraph before opened
    ("一定要办好”。他说完，有人喊“好”。", "一定要办好”。他说完，有人喊“好”。"),
    ("他说：”我们要加油！“", "他说：“我们要加油！”"),                          # after a colon: opens
    ("他说，”我们要加油“。", "他说，“我们要加油”。"),                          # after saying and a comma
    ("我们不会放弃”，他说，“明天再来。”", "我们不会放弃”，他说，“明天再来。”"),
    ("”我们一定要做好！“他说。”好！“她回答。", "“我们一定要做好！”他说。“好！”她回答。"),
    ("“好“，“坏”", "“好”，“坏”"),
    ("“他说“好”。”", "“他说“好”。”"),                                 # nested: left as typed
    ("“第一段还没完。", "“第一段还没完。"),                              # a quotation going on
    ("说完了。”他走了", "说完了。”他走了"),                              # ... and one ending
    ("又怎好算他没有？“", "又怎好算他没有？”"),                        # a paragraph never ends opening one
    ("他说的又怎好算他没有？“  ", "他说的又怎好算他没有？”"),
    ('说完了。"', "说完了。”"),
    ("他说，“", "他说，“"),                                              # ... but after a comma it may
    ("又怎好算他没有？ “", "又怎好算他没有？”"),                        # ... a space before it
    ("他的回答只有一句——“", "他的回答只有一句——“"),                      # ... after a dash it may open
    # a bracketed note after a quoted term: the quotes side by side, not nested
    ('称"甲"（又称"乙"）。', "称“甲”（又称“乙”）。"),
    ('称"甲"(又称"乙")。', "称“甲”（又称“乙”）。"),
    ('称"甲"【又称"乙"】。', "称“甲”【又称“乙”】。"),
    ('他说"《长津湖》很好看"。', "他说“《长津湖》很好看”。"),            # ... but a title after a quote opens
    # a , between figures is a thousands separator only before a group of three
    ("分别为19米95,19米98,19米80。", "分别为19米95，19米98，19米80。"),
    ("比分为11-5,11-7,8-11,9-11,最终获胜", "比分为11-5，11-7，8-11，9-11，最终获胜"),
    ("共1,2345人", "共1，2345人"),
    ("收入1,234,567.89元", "收入1,234,567.89元"),
    # a ~ range between marks that are set full width
    ("东北风4~5级,14~18℃;周二", "东北风4～5级，14～18℃；周二"),
    # a . between two sentences, or after a closing mark before a closing quote
    ("已有46位官员辞职.此前一天,财政大臣辞职.", "已有46位官员辞职。此前一天，财政大臣辞职。"),
    ("中国队3:2获胜.随后离开。", "中国队3:2获胜。随后离开。"),
    ("第一部分.总则", "第一部分.总则"),                                  # (a heading's ordinal: kept)
    ("床前明月光,疑是地上霜.举头望明月", "床前明月光，疑是地上霜。举头望明月"),   # a short clause after a mark
    ("马竞76分.拜仁慕尼黑", "马竞76分。拜仁慕尼黑"),                         # ... or with figures
    ("比分为2:1.随后比赛结束", "比分为2:1。随后比赛结束"),                  # after a score
    ("股价涨了3.5%.随后回落", "股价涨了3.5%。随后回落"),                    # after a per cent
    ("同比增长4.7%.1—2月", "同比增长4.7%。1—2月"),
    ('他拿下"三双".CBA季后赛', "他拿下“三双”。CBA季后赛"),                  # after a quote, before a capital
    ("要求:1.按时完成;2.保证质量", "要求：1.按时完成；2.保证质量"),         # an item's number: kept
    ("张三.人工智能研究", "张三.人工智能研究"),                              # a short name: kept
    ("老张问我.我点点头", "老张问我.我点点头"),                              # four characters, no mark before
    ("列奥纳多.达.芬奇", "列奥纳多·达·芬奇"),                                # a name's dots: the 间隔号
    ("俄方表示,弗拉基米尔.普京将出席", "俄方表示，弗拉基米尔·普京将出席"),
    ("据报道,创始人杰夫.贝索斯宣布退休。", "据报道，创始人杰夫·贝索斯宣布退休。"),
    ("他说,美国总统乔.拜登将出席会议。", "他说，美国总统乔·拜登将出席会议。"),
    ("曼城主场3:1逆转阿森纳.比赛第12分钟", "曼城主场3:1逆转阿森纳。比赛第12分钟"),   # a name ends a sentence
    ("代表团当天抵达北京.马克龙将与中方领导人会谈.", "代表团当天抵达北京。马克龙将与中方领导人会谈。"),
    ("这是她的丈夫.詹姆斯也来到现场.", "这是她的丈夫。詹姆斯也来到现场。"),
    ("比赛很激烈,双方战平.随后进入点球大战.", "比赛很激烈，双方战平。随后进入点球大战。"),   # a clause after a mark
    ("比赛非常激烈,进入第4节.湖人队开始发力.", "比赛非常激烈，进入第4节。湖人队开始发力。"),
    ("该路段全长12公里.因此需要提前规划。", "该路段全长12公里。因此需要提前规划。"),   # not a name: 公里.因此
    ("被告人的行为已构成违法.本院认为", "被告人的行为已构成违法。本院认为"),
    ("今天的会议很成功.明天继续.大家早点休息。", "今天的会议很成功。明天继续。大家早点休息。"),
    ("第10章.结论与展望", "第10章.结论与展望"),                              # headings: kept
    ("第12条.本办法自发布之日起施行。", "第12条.本办法自发布之日起施行。"),
    ("2023年.中国经济稳中向好", "2023年.中国经济稳中向好"),
    ("使用格式符%.2f保留两位小数。", "使用格式符%.2f保留两位小数。"),           # a format, not a per cent
    ("[1] 国务院发展研究中心.中国发展报告[R].北京:人民出版社,2020.",
     "[1] 国务院发展研究中心.中国发展报告[R].北京：人民出版社，2020."),      # a reference's dots
    ("“申请表”.DOC格式文件", "“申请表”.DOC格式文件"),
    ("他说,安吉丽娜.朱莉", "他说，安吉丽娜·朱莉"),
    ("图1.郑州市区位图", "图1.郑州市区位图"),                                # a figure's label
    ("附件1.名单", "附件1.名单"),
    ("主要包括以下内容1.加强监管2.完善制度", "主要包括以下内容1.加强监管2.完善制度"),   # run-in items
    ("《通知》.PDF", "《通知》.PDF"),                                        # a file's type
    ("他说：“我说‘好’.”随后", "他说：“我说‘好’。”随后"),
    ("他说：“看过《长津湖》.”", "他说：“看过《长津湖》。”"),
    ("风力2~3级,12~23℃;", "风力2～3级，12～23℃；"),                      # a ; ending the paragraph
    ("时间为8:30-12:00,14:30-17:30。", "时间为8:30-12:00，14:30-17:30。"),   # a , between times
    ("以6-4,3-6,7-6(2),7-6(7)获胜", "以6-4，3-6，7-6(2)，7-6(7)获胜"),     # ... or scores with tie-breaks
    ("金徽酒(603919.SH)涨停", "金徽酒（603919.SH）涨停"),                  # a stock's code: a figure's brackets
    ("汇控(00005-HK)股价升", "汇控（00005-HK）股价升"),                     # ... typed with - in Hong Kong
    ("茅台(600519-SH)股价", "茅台（600519-SH）股价"),
    ("腾讯控股(700.HK)", "腾讯控股（700.HK）"),
    ("阿里巴巴(9988.hk)", "阿里巴巴（9988.hk）"),
    ("中通快递(ZTO.US)", "中通快递（ZTO.US）"),
    ("周一，-3~12℃", "周一，-3～12℃"),                                     # a range of negative figures
    ("气温-12℃~-5℃", "气温-12℃～-5℃"),
    ("联系电话:0572-6267516;", "联系电话：0572-6267516；"),              # ... after a telephone number
    ("(一)时间:8:30-17:00;", "（一）时间：8:30-17:00；"),                # ... after times
    ("比上年增长1.4 %，", "比上年增长1.4%，"),                           # a figure and its % set solid
    ("增长 5.2 ％ 和", "增长 5.2％ 和"),
    ("千分之3 ‰", "千分之3‰"),
    ("增长1.4　%", "增长1.4　%"),                                     # (a 一字空 typed: as typed)
    ("以N 39°24′35″、E 119°13′44″为顶点", "以N\u00a039°24′35″、E\u00a0119°13′44″为顶点"),   # a coordinate's letter
    ("THE 12°角", "THE 12°角"),                                       # (a word's last letter: as typed)
    ("共计100 kg;", "共计100\u00a0kg；"),                                 # ... after a unit
    ("波长为1 Å的光", "波长为1\u00a0Å的光"),                             # (ångström, ohms too)
    ("电阻5 kΩ的", "电阻5\u00a0kΩ的"),
    ("目标为<130/80 mmHg。", "目标为<130/80\u00a0mmHg。"),             # a reading and its unit: joined
    ("在SBP≥130 mmHg和/或", "在SBP≥130\u00a0mmHg和/或"),
    ("血糖7.0 mmol/L以上", "血糖7.0\u00a0mmol/L以上"),
    ("每天饮水1500 ml左右", "每天饮水1500\u00a0ml左右"),
    ("容量为5 L的水壶", "容量为5\u00a0L的水壶"),
    ("价格是3.5元/kg,", "价格是3.5元/kg，"),                              # a , likewise
    ("请访问www.gov.cn;", "请访问www.gov.cn；"),                          # ... after an address
    ("他说Hello world;", "他说Hello world;"),                             # not after an English phrase
    ("明天最低气温降至−5℃。", "明天最低气温降至-5℃。"),                  # U+2212, in no body face: -
    ("水的化学式H₂O,二氧化碳CO₂", "水的化学式H2O，二氧化碳CO2"),             # subscripts, in no body face
    ("京政办发[2023]5号文件", "京政办发〔2023〕5号文件"),                     # a document's year: 〔〕
    ("国办发【2023】5号", "国办发〔2023〕5号"),
    # figures in brackets after a number in Chinese text, or before an ASCII mark in it, are
    # Chinese as those touching Han are (not 79.1%（53/67）and 84.3%(86/102) side by side)
    ("分别为79.1%(53/67)和84.3%(86/102),差异无统计学意义", "分别为79.1%（53/67）和84.3%（86/102），差异无统计学意义"),
    ("有效率为84.3%(86/102),差异", "有效率为84.3%（86/102），差异"),
    ("the rate was 84.3%(86/102), not", "the rate was 84.3%(86/102), not"),
    ("约5%(PDF),见", "约5%(PDF)，见"),                                     # (Latin inside: kept)
    ("BLACKPINK(????),韓國", "BLACKPINK(????)，韓國"),                      # (no number before: kept)
    ("国办发(2023)5号", "国办发〔2023〕5号"),
    ("苏政发[2023]第5号", "苏政发〔2023〕第5号"),
    ("见文献[12]", "见文献[12]"),                                           # a reference: kept
    # a space after a dateline before a quotation or title is a 一字空, as before text
    ("本报讯 “堵在路上”", "本报讯\u3000“堵在路上”"),
    ("本报讯 《条例》出台", "本报讯\u3000《条例》出台"),
    ("他说 “好”", "他说“好”"),                                           # not after a dateline
    # a word processor's line break inside a paragraph: a space between Latin words only
    ("Hello\u2028World", "Hello World"),
    ("ab\u000bcd", "ab cd"),
    ("Hello \u2028World", "Hello World"),                                # one space, not two
    ("Hello,&#10;world", "Hello, world"),                                  # after a Latin mark too
    ("The end.&#13;&#10;Next", "The end. Next"),                           # \r\n: one break
    ("Hello\u2028\u2028World", "Hello World"),
    ("据外媒报道，The&nbsp;quick&nbsp;fox", "据外媒报道，The quick fox"),    # a no-break space between words
    ("café\u00a0au\u00a0lait", "café au lait"),
    ("中文\u2028中文", "中文中文"),
    # the space between a standard's code and number never breaks: a no-break space
    ("(GB 2762-2012)执行", "(GB\u00a02762-2012)执行"),
    ("通过ISO 9001:2015认证", "通过ISO\u00a09001:2015认证"),
    ("DB41/T 1234-2016", "DB41/T\u00a01234-2016"),
    ("LOGO 2024年", "LOGO 2024年"),
    ("内存16 GB 2条", "内存16\u00a0GB 2条"),                              # a unit, not a standard
    ("temperatures (>900 K).", "temperatures (>900\u00a0K)."),           # a figure and its unit: joined
    ("主频3.5 GHz", "主频3.5\u00a0GHz"),
    ("Chapter 5 is", "Chapter 5 is"),                                     # not a unit: a word space
    ("骁龙625与626:", "骁龙625与626："),                                   # a head's colon ending Chinese text
    ("用ISO 3200拍摄", "用ISO 3200拍摄"),
    ("执行GB 2762标准", "执行GB\u00a02762标准"),                           # a standard cited without its year
    ("通过ISO 9001质量管理体系认证", "通过ISO\u00a09001质量管理体系认证"),
    ("ISO 14001环境管理体系认证", "ISO\u00a014001环境管理体系认证"),
    ("ISO 45001职业健康安全管理体系认证", "ISO\u00a045001职业健康安全管理体系认证"),
    ("iPhone 15(2023)发布", "iPhone 15(2023)发布"),                        # a year after a name: Latin
    # a number in groups of three figures parted by spaces (GB/T 15835): one number, never broken
    ("就诊的1 241例患者", "就诊的1\u00a0241例患者"),
    ("联系电话:139 839 17338(微信同号)", "联系电话：139\u00a0839\u00a017338（微信同号）"),   # (a mobile's groups)
    ("电话：150 3577 2999", "电话：150\u00a03577\u00a02999"),
    ("共有 139 839 人", "共有 139 839 人"),                              # (no mobile's eleven figures)
    ("人数 150 1200 3500", "人数 150 1200 3500"),                        # (a table's figures: no telephone named)
    ("男1 066例，女175例", "男1\u00a0066例，女175例"),
    ("共3 500 000人", "共3\u00a0500\u00a0000人"),
    ("2019 2020 2021年", "2019 2020 2021年"),                              # years, not groups
    ("共有2 500 3 000人", "共有2 500 3 000人"),                             # not groups of three
    ("乘坐2 101 115路公交车", "乘坐2 101 115路公交车"),                     # bus lines, not groups
    ("电视 1 241 566", "电视 1 241 566"),                                 # a table's cells, nothing after
    # a full-width colon in a time is the figures' colon (it would set a blank em wide)
    ("时间8：30—17：00", "时间8:30—17:00"),
    ("时间：8：30", "时间：8:30"),
    ("比分3：1", "比分3：1"),                                             # not a time: kept
    ("共123：45", "共123：45"),
    ("图2：12月5日", "图2：12月5日"),                                     # a label's colon
    ("上午9：30人员入场", "上午9:30人员入场"),                              # a time before words
    ("方案1：50万元", "方案1：50万元"),                                    # a ratio or a label: kept
    ("上午9：30人民广场集合", "上午9:30人民广场集合"),                       # after a time of day: a time
    ("不低于1：50万", "不低于1：50万"),
    ("由1：5万提高到1：10万", "由1：5万提高到1：10万"),
    ("晚上7：30万人齐聚", "晚上7:30万人齐聚"),
    ("男女比例为1：20人", "男女比例为1：20人"),
    ("17：30家长接孩子", "17:30家长接孩子"),
    ("附件1：10家", "附件1：10家"),
    # a single — between two places is the 一字线 of a range (GB/T 15834 4.13.3.2), kept
    ("(徐东大街—才林街)封闭", "（徐东大街—才林街）封闭"),
    # a drive's roads, a road's ends in brackets, a path through menus: 一字线 kept
    ("自驾游线路:嵩山南路南三环—郑密路—侯张线向南5公里可达。", "自驾游线路：嵩山南路南三环—郑密路—侯张线向南5公里可达。"),
    ("郑少高速(郑州—登封)40分钟", "郑少高速（郑州—登封）40分钟"),
    ("在APP中“我的”—“奖励”—“我的票券”中查看", "在APP中“我的”—“奖励”—“我的票券”中查看"),
    ("这就是我们的底线—绝不退让。", "这就是我们的底线——绝不退让。"),      # (破折号: no road, 底线)
    ("这座城市的中轴线—中原路，见证了城市的发展。", "这座城市的中轴线——中原路，见证了城市的发展。"),   # (two: an
    ("这是一条生命线—京广铁路。", "这是一条生命线——京广铁路。"),                                   # apposition)
    ("（我们—他们）", "（我们——他们）"),                                    # (words of a sentence)
    ("“我的”—“奖励”", "“我的”——“奖励”"),                                  # (two: as any dash)
    ("花园路—农业路段", "花园路—农业路段"),
    ("郑州—开封城际铁路", "郑州—开封城际铁路"),
    ("京沪高铁北京—上海段全长1318公里", "京沪高铁北京—上海段全长1318公里"),     # two places named
    ("北京—上海的航班每天有80余班", "北京—上海的航班每天有80余班"),           # ... a route after them
    ("北京—天津—河北", "北京—天津—河北"),
    ("北京—天津—河北协同发展", "北京—天津—河北协同发展"),
    ("北京—天津—河北人", "北京——天津——河北人"),                             # the chain as one
    ("站点：艳湖小区—东风车架厂—工具厂—罗家大院。", "站点：艳湖小区—东风车架厂—工具厂—罗家大院。"),  # a route's stops
    ("科器公司（下行）—工人文化宫（上行）—文化广场—阳光花园", "科器公司（下行）—工人文化宫（上行）—文化广场—阳光花园"),
    ("讨论中—有代表提出异议—随后达成共识", "讨论中——有代表提出异议——随后达成共识"),   # a pair of 破折号: three parts
    ("他献给了这片土地—这座山—这条河—这个村。", "他献给了这片土地——这座山——这条河——这个村。"),  # ... words put in
    ("新开通的15路途经火车站—人民广场—体育中心—大学城。", "新开通的15路途经火车站—人民广场—体育中心—大学城。"),
    ("古猿—猿人—古人—新人这四个阶段", "古猿—猿人—古人—新人这四个阶段"),                  # (GB/T 15834's own)
    ("途经有色金属研究院—有色小区—有色医院—火车站", "途经有色金属研究院—有色小区—有色医院—火车站"),
    ("线路途经艳湖小区—东风车架厂—工具厂—罗家大院等站点。", "线路途经艳湖小区—东风车架厂—工具厂—罗家大院等站点。"),
    ("3路：火车站—人民广场—2号路口—体育中心—大学城", "3路：火车站—人民广场—2号路口—体育中心—大学城"),
    ("县人民医院(东门或南门)—乐天小学—交警大队—乐天花园", "县人民医院（东门或南门）—乐天小学—交警大队—乐天花园"),
    ("《美国医学会杂志—内科学》", "《美国医学会杂志—内科学》"),
    ("《走进新时代—献给党》", "《走进新时代——献给党》"),
    ("《自然—可持续发展》", "《自然—可持续发展》"),
    ("《长征—英雄史诗》", "《长征——英雄史诗》"),
    ("甲乙丙—丁戊己的庚—辛壬癸—子丑寅", "甲乙丙——丁戊己的庚——辛壬癸——子丑寅"),        # ... or one with 的
    ("《自然—地球科学》期刊", "《自然—地球科学》期刊"),                        # a journal's series: the title's own
    ("《中国科学—化学》", "《中国科学—化学》"),
    ("《大堰河—我的保姆》", "《大堰河——我的保姆》"),                            # a title's 副题: 破折号
    ("看了《战狼》—很好看", "看了《战狼》——很好看"),                            # after a title: 破折号
    ("郑州市—开封", "郑州市—开封"),
    ("这是郑州—河南的省会", "这是郑州——河南的省会"),                         # a description: 破折号
    ("他来自北京—一座古老的城市", "他来自北京——一座古老的城市"),
    ("北京—上海人都知道", "北京——上海人都知道"),
    ("天地之中—河南", "天地之中——河南"),                                # elsewhere a 破折号
    ("一座城—郑州", "一座城——郑州"),
    ("武汉市交管局通告，（徐东大街—才林街）封闭。", "武汉市交管局通告，（徐东大街—才林街）封闭。"),  # the places at the dash
    ("他来自河南省—一个农业大省。", "他来自河南省——一个农业大省。"),    # a sentence, not a place's name
    ("这是一座城市—郑州。", "这是一座城市——郑州。"),
    ("自由路—人民路", "自由路—人民路"),
    ("纬五路—经三路", "纬五路—经三路"),
    ("太和县—阜阳市", "太和县—阜阳市"),
    ("（中州大道—未来路）", "（中州大道—未来路）"),
    ("花园路—农业路段实行交通管制", "花园路—农业路段实行交通管制"),
    ("他来自河南省—农业大省", "他来自河南省——农业大省"),                    # a description: 破折号
    ("他来到了新乡市—豫北重镇", "他来到了新乡市——豫北重镇"),
    ("我知道—郑州", "我知道——郑州"),
    ("他住在人民路—离市政府不远", "他住在人民路——离市政府不远"),          # the name must end there
    ("他来到郑州市—河南省会", "他来到郑州市——河南省会"),
    ("这里是中原区—郑州的老工业区", "这里是中原区——郑州的老工业区"),
    ("拉萨市—那曲市", "拉萨市—那曲市"),
    ("昆明市—个旧市", "昆明市—个旧市"),
    ("（图为郑州东站—亚洲最大的高铁站）", "（图为郑州东站——亚洲最大的高铁站）"),   # the names at the dash
    ("记者来到郑州东站—亚洲最大的高速铁路。", "记者来到郑州东站——亚洲最大的高速铁路。"),
    ("线路为郑州东站—开封站", "线路为郑州东站—开封站"),
    ("他们在人民路—解放路口", "他们在人民路—解放路口"),
    ("那曲市—拉萨市", "那曲市—拉萨市"),
    ("个旧市—蒙自市", "个旧市—蒙自市"),
    ("沿线有花园路—农业路段", "沿线有花园路—农业路段"),
    # < > typed for a title: 《》, or inside one 〈〉 (GB/T 15834 4.15.3); not markup or a formula
    ("阅读<红楼梦>一书", "阅读《红楼梦》一书"),
    ("《学而时习之——<论语>主题展》", "《学而时习之——〈论语〉主题展》"),
    ("x<5且y>3", "x<5且y>3"),
    ("当收入<支出时为赤字，收入>支出时为盈余。", "当收入<支出时为赤字，收入>支出时为盈余。"),   # comparisons
    ("电影<你好，李焕英>上映", "电影《你好，李焕英》上映"),                # a title with a comma
    ("若甲<乙，乙>丙", "若甲<乙，乙>丙"),                                  # ... not a comparison
    ("当成本<收入，利润>0时", "当成本<收入，利润>0时"),
    ("当天，电影<你好，李焕英>上映", "当天，电影《你好，李焕英》上映"),     # 当天 opens no comparison
    ("如果你喜欢<你好，旧时光>", "如果你喜欢《你好，旧时光》"),
    # HTML tags from a web page's source are taken out (nothing in a tag prints); a tag's name
    # only, so that 《》 typed as < > and signs stay
    ("a <b>粗体</b>", "a 粗体"),
    # a Markdown list's bullet at a paragraph's start: ●, not a minus sign (-630km)
    ("- 630km(基础版):未选装碳纤维尾翼。", "●630km（基础版）：未选装碳纤维尾翼。"),
    ("+ 智能驾驶", "●智能驾驶"),
    ("- **市场供需关系**:当市场需求旺盛时", "●市场供需关系：当市场需求旺盛时"),     # (Markdown's bold marks)
    ("**重点**", "重点"),
    ("需征收**县多祝镇**村地段", "需征收**县多祝镇**村地段"),                  # (characters withheld)
    ("《中华人民**国土地管理法》《**省土地管理条例》", "《中华人民**国土地管理法》《**省土地管理条例》"),
    ("5**2=25", "5**2=25"),                                                   # (a power, as typed)
    ("* 文中受访者均为化名。", "* 文中受访者均为化名。"),        # a note's star
    ("* * *", "* * *"),                                            # separators, an end mark
    ("- - -", "- - -"),
    ("- END -", "- END -"),
    ("· 通常采用肛温≥38℃或腋温≥37.5℃定义为发热。", "●通常采用肛温≥38℃或腋温≥37.5℃定义为发热。"),   # a web
    ("• 发布时间:2016-03-03", "●发布时间：2016-03-03"),                                               # page's dot
    ("  • 发布时间:2016-03-03", "●发布时间：2016-03-03"),                                             # (indented)
    ("· · ·", "···"),
    # a web page's bar left at a paragraph's end after a blank: taken out; a bar inside stays
    ("释义 |", "释义"),
    ("1.准备原料 | |", "1.准备原料"),                 # (a row's empty cells)
    ("(作者:刘晓飞 责任编辑:高强)  【回到顶部】 【返回上页】 【关闭窗口】", "（作者：刘晓飞　责任编辑：高强）"),   # (a web
    ("[打印]", ""),                                                                              # page's buttons)
    ("他说【关闭】", "他说【关闭】"),                                        # (no blank before: a word in 【】)
    ("选好打印机后，点击 【打印】", "选好打印机后，点击【打印】"),              # (one a how-to names)
    ("a | b |", "a | b |"),                            # (a bar inside: a row, as typed)
    ("本报记者 刘可 摄 |", "本报记者\u3000刘可\u3000摄"),
    ("撰文 | 三书", "撰文 | 三书"),
    ("x||", "x||"),
    ("·低热", "●低热"),                          # (no blank after it: a 间隔号 starts no paragraph)
    ("·食品安全领域", "●食品安全领域"),
    ("·2003年10月18日-11月8日", "●2003年10月18日-11月8日"),   # (... or before a figure and its word)
    ("·3.5万元起", "●3.5万元起"),
    ("·5G网络", "·5G网络"),                     # (not before a code: as typed)
    ("·学习贯彻党的二十届三中全会精神·", "·学习贯彻党的二十届三中全会精神·"),   # (a head between dots)
    ("比尔· 盖茨说", "比尔·盖茨说"),              # (a 间隔号 inside a name)
    ("-5℃以下", "-5℃以下"),                     # a minus sign typed against its figure
    ("-- 他说", "——他说"),                       # a dash
    ('<p class="ql-block">外出旅游,</p>', "外出旅游，"),
    ("第8版(副刊)<br/>专栏:", "第8版（副刊）专栏："),
    ('<span style="color:red">注意</span>事项', "注意事项"),
    ("孔子在<论语>中说", "孔子在《论语》中说"),
    ("血压<140/90mmHg", "血压<140/90mmHg"),
    ("电影<A Quiet Place>在国内上映后，口碑不俗。", "电影<A Quiet Place>在国内上映后，口碑不俗。"),   # a title
    ("他翻开了<Li Bai Poems>。", "他翻开了<Li Bai Poems>。"),
    ("若a <b 且 c> d，则结论成立。", "若a <b 且 c> d，则结论成立。"),                 # signs
    # HTML character references from a web page's source, as the characters they stand for
    ("代表&amp;委员", "代表&委员"),
    ("他说&ldquo;好&rdquo;。", "他说“好”。"),
    ("&nbsp;&nbsp;首行", "首行"),                                        # an indent
    ("AT&T公司", "AT&T公司"),
    ("第一&#10;第二", "第一第二"),                                       # a line break: no blank in Chinese
    ("Hello&#10;World", "Hello World"),                                    # ... a space between words
    ("代表&nbsp;,委员", "代表，委员"),                                    # no blank beside a full-width mark
    # a no-break space between Chinese words is a space like any other; kept in a number
    ("代表\u00a0委员", "代表\u3000委员"),
    ("10\u00a0000元", "10\u00a0000元"),
    ("法广 30/12/2020 - 11:02", "法广 30/12/2020 - 11:02"),       # a date and a time: no score, spaces kept
    ("现金流量净额(元)-----150,956,664.73", "现金流量净额（元）-----150,956,664.73"),   # empty cells and a minus: as typed
    ("答案----2024年", "答案——2024年"),                                # (after Han: a 破折号)
    ("---2018年，全市完成固定资产投资1200亿元。", "——2018年，全市完成固定资产投资1200亿元。"),   # (a year: a 破折号)
    ("“我们赢了！”---10号球员说。", "“我们赢了！”——10号球员说。"),
    # a stray ” before a speech quoted the right way takes no turn: the speech keeps its faces
    ("刚上班,琨格杯”第三届朗诵大赛组委会的电话就响了,从学校打来电话,“我们学校举办活动,怎么办啊?拜托了。”",
     "刚上班，琨格杯”第三届朗诵大赛组委会的电话就响了，从学校打来电话，“我们学校举办活动，怎么办啊？拜托了。”"),
    ("他说”加油！“大家都笑了。", "他说“加油！”大家都笑了。"),     # (a pair typed the wrong way round)
    # a pointer starting an item or a heading, which no newspaper face has, is set as ▶
    ("➤演出时间:2022.06.17", "▶演出时间：2022.06.17"),
    ("►票价", "▶票价"),
    ("点击“我的”➤“设置”", "点击“我的”➤“设置”"),                     # (between steps: left, and reported missing)
    # a single — in the value of a field naming a route's ends joins two stops: a 一字线
    ("首末站:北三环中州大道—建设路三官庙", "首末站：北三环中州大道—建设路三官庙"),
    ("首末站调整为:张河村—建设路国棉六厂", "首末站调整为：张河村—建设路国棉六厂"),
    ("首末站:陇海路洛达庙—医学院，全程—约20公里", "首末站：陇海路洛达庙—医学院，全程——约20公里"),   # (past the field: 破折号)
    # a blank between two times of a schedule parts them: a 一字空
    ("10月1-3日:上午8:30-12:00 下午2:30-5:30", "10月1-3日：上午8:30-12:00\u3000下午2:30-5:30"),
    ("周一至周五9:00-17:00 周六9:00-12:00", "周一至周五9:00-17:00\u3000周六9:00-12:00"),
    ("会议于12:00 开始", "会议于12:00 开始"),                         # (a time before a word: the Han-Latin gap)
    # a straight quote that closes a curly one typed before it is its partner, not the start
    # of a pair with the next straight one
    ("不是什么‘主要的要学毛泽东主义',而是……这里所说的‘中国革命的经验'是包括",
     "不是什么‘主要的要学毛泽东主义’，而是……这里所说的‘中国革命的经验’是包括"),
    ("他说:'好的',然后‘走了'。", "他说：‘好的’，然后‘走了’。"),
    ("‘It's fine' 他说", "‘It’s fine’他说"),                           # (an apostrophe inside is no partner)
    ("‘90后的'躺平'现象引发热议", "‘90后的‘躺平’现象引发热议"),          # (nor a ‘ turned for a year's ’)
    ("‘Bill Gates' foundation'", "‘Bill Gates' foundation’"),           # (nor a plural's possessive)
    # blanks typed around a note's circled mark (an e-book's superscript) go; not before an item's
    ("不亦 君子 ④ 乎?”", "不亦\u3000君子④乎？”"),
    ("人不知而不 愠 ③ ,不亦乐乎", "人不知而不\u3000愠③，不亦乐乎"),
    ("措施：①加强领导 ②完善制度", "措施：①加强领导\u3000②完善制度"),
    ("具体措施有 ① 加强领导 ② 完善制度", "具体措施有\u3000①\u3000加强领导\u3000②\u3000完善制度"),   # (items)
    ("注释：① 见《论语》 ② 见《孟子》", "注释：①\u3000见《论语》②\u3000见《孟子》"),
    # an ellipsis spaced between English words keeps its spaces; not in a Chinese sentence
    ("2、After controlling for … the inverse relationship", "2、After controlling for … the inverse relationship"),
    ("演出嘉宾有Taylor Swift … Ed Sheeran等人", "演出嘉宾有Taylor Swift……Ed Sheeran等人"),
    ("他买了iPhone … iPad也买了", "他买了iPhone……iPad也买了"),
    # a blank between two fields whose values are codes or figures: a 一字空, not a Han-Latin gap
    ("中图分类号:F01 文献标识码:A 文章编号:1007-2101(2014)03-0010-05",
     "中图分类号：F01\u3000文献标识码：A\u3000文章编号：1007-2101(2014)03-0010-05"),
    ("电话:0371-66668888 地址:郑州市金水路1号", "电话：0371-66668888\u3000地址：郑州市金水路1号"),
    ("统一社会信用代码:91410100MA44 法定代表人:张三", "统一社会信用代码：91410100MA44\u3000法定代表人：张三"),
    ("关键词：价格；交换中图分类号:F01 文献标识码:A", "关键词：价格；交换中图分类号：F01\u3000文献标识码：A"),   # (after a mark)
    ("型号:iPhone 15 Pro 价格:5999元", "型号：iPhone 15 Pro\u3000价格：5999元"),           # (a value of words)
    ("这是一段很长的说明文字，内容与字段无关，只是为了让前文超过六十个字符而写的填充文字，继续填充继续填充继续填充，"
     "比分为3:1 双方都很努力", "这是一段很长的说明文字，内容与字段无关，只是为了让前文超过六十个字符而写的填充文字，继续填充继续填充"
     "继续填充，比分为3:1 双方都很努力"),                                  # (no label after the blank)
    ("比分3:1 双方都很努力", "比分3:1 双方都很努力"),                  # (no label before the figures)
    ("记者:Tom Smith 报道", "记者：Tom Smith 报道"),                    # (no label after the blank)
])
def test_normalize(text, expected):
    assert normalize(text)[0] == expected


@pytest.mark.parametrize("text", ["", "   ", "\u3000\u3000", " \t"])
def test_blank_text_normalises_to_nothing(text):
    # (a field typed with blanks only: no rule may look past its end)
    assert normalize(text)[0] == ""


@pytest.mark.parametrize("text, expected", [
    # a piece of a PDF's text flattened into one line: one wrap's blank alone is taken out, not
    # one beside a body's name, before a field's label or after a bracket and a label
    ("他倾向于在本次会议上将联邦基金利率的目 标区间下调50个基点。", "他倾向于在本次会议上将联邦基金利率的目标区间下调50个基点。"),
    ("参与对象：全市中小学生 作品要求：分为绘画和书法两类，每人限报一件。", "参与对象：全市中小学生\u3000作品要求：分为绘画和书法两类，每人限报一件。"),
    ("刘铮（2000年12月）简历 陈晓薇于一九八三年考入中国科大少年班，然后进入生物系学习。",
     "刘铮（2000年12月）简历\u3000陈晓薇于一九八三年考入中国科大少年班，然后进入生物系学习。"),
    ("陈晓薇博士采访录(中国科大海外校友基金会) 刘铮 (2000年12月) 简历 陈晓薇于一九八三年考入中国科大少年班, 然后进入生物系学习。",
     "陈晓薇博士采访录（中国科大海外校友基金会）刘铮（2000年12月）简历\u3000陈晓薇于一九八三年考入中国科大少年班，然后进入生物系学习。"),
])
def test_a_flattened_pdfs_piece_loses_its_wraps(text, expected):
    assert normalize(text, wrapped=True)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # heads (headline, title, banner, subhead): a space outside quotes and book-title marks
    # separates two phrases, a 一字空
    ("学习《条例》 做合格党员", "学习《条例》\u3000做合格党员"),
    ("“三大工程” 全面开工", "“三大工程”\u3000全面开工"),
    ("全面开工 “三大工程”", "全面开工\u3000“三大工程”"),
    ("查漏补缺 凝心聚力", "查漏补缺\u3000凝心聚力"),
    # what running text removes, heads remove too
    ("如何? 看这里", "如何？看这里"),
    ("设计 —— 包括", "设计——包括"),
    ("《 条例 》", "《条例》"),
])
def test_normalize_heads(text, expected):
    assert normalize(text, phrases=True)[0] == expected


@pytest.mark.parametrize("text, carried, expected", [
    # a quotation the paragraph before left open: the first " closes it, whatever else
    ('依法承担赔偿责任"和《规则》第一项:"违法产品应当没收。"', True,
     "依法承担赔偿责任”和《规则》第一项：“违法产品应当没收。”"),
    # not known to be open: read as the quotes' places say (a quoted term, a quotation in it)
    ('依法承担赔偿责任"和《规则》第一项:"违法产品应当没收。"', None,
     "依法承担赔偿责任“和《规则》第一项：‘违法产品应当没收。’"),
    ('他说"好"。', True, "他说“好”。"),                  # a pair side by side still pairs
    ('他说:"好。"', False, "他说：“好。”"),
    ('最后一句。"他说。', True, "最后一句。”他说。"),
    # a . typed for a 。 after a sentence is a sentence's end to the quote after it
    ('的食品."及根据', True, "的食品。”及根据"),
])
def test_a_quotation_carried_from_the_paragraph_before_closes_first(text, carried, expected):
    assert normalize(text, carried=carried)[0] == expected


def test_heads_are_normalised_as_phrases_and_text_as_running_text(tmp_path):
    from layout.pipeline import layout_page
    from test_load import make_page
    words = "学习《条例》 做党员"
    page = make_page(tmp_path, f"sections:\n  - banner: {words}\n    stories: [a.md]\n",
                     {"a.md": f"---\ntitle: {words}\nkicker: {words}\n---\n## {words}\n\n{words}。\n"})
    result = layout_page(page)
    section = result.page.sections[0]
    story = section.stories[0]
    head = "学习《条例》\u3000做党员"
    assert (section.banner, story.title, story.kicker, story.paragraphs[0].text) == (head, head, head, head)
    assert story.paragraphs[1].text == "学习《条例》做党员。"


def test_every_change_is_reported_with_its_offset():
    text, changes = normalize("2018年,二七区?看这里")
    assert [(c.offset, c.before, c.after) for c in changes] == [(5, ",", "，"), (9, "?", "？")]


@pytest.mark.parametrize("text, described", [
    ("好\ufe0f的", "removed U+FE0F (invisible character)"),          # a combining mark, shown by its code
    ("中\u200b文", "removed U+200B (invisible character)"),
    ("更\uf901新", "U+F901 -> U+66F4 '更' (Unicode composition (NFC))"),   # it looks the same: codes tell
    ("他说''好", "\"''\" -> '“' (curly quotes)"),
    ("2018年,二七", "',' -> '，' (full-width punctuation in Chinese text)"),
])
def test_a_change_is_described_so_that_it_can_be_seen(text, described):
    assert [c.describe() for c in normalize(text)[1]] == [described]


@pytest.mark.parametrize("text, changes", [
    # each change where it stands in the text as typed, after passes that change its length
    ("e\u0301好,中", [(0, "e\u0301", "é"), (3, ",", "，")]),          # composition: per character
    ("更\uf901新,中", [(1, "\uf901", "更"), (3, ",", "，")]),
    ("&amp;代表,好", [(0, "&amp;", "&"), (7, ",", "，")]),              # an HTML reference
    ("他说''好''。", [(2, "''", "“"), (5, "''", "”")]),                 # two apostrophes: one change each
    ("``文明''评选,好", [(0, "``", "“"), (4, "''", "”"), (8, ",", "，")]),
    ("\u1100\u1161\u11a8,中文,", [(0, "\u1100\u1161\u11a8", "각"), (3, ",", "，"), (6, ",", "，")]),   # Hangul
    ("&amp;e\u0301''好''，,", [(0, "&amp;", "&"), (5, "e\u0301", "é"), (7, "''", "“"), (10, "''", "”"),
                               (13, ",", "，")]),
])
def test_changes_are_reported_where_they_stand_in_the_text_as_typed(text, changes):
    assert [(c.offset, c.before, c.after) for c in normalize(text)[1]] == changes


def test_full_width_letters_become_ascii_first_and_offsets_still_hold():
    text, changes = normalize("ＡＢ,中文 ｉＰｈｏｎｅ １５")
    assert text == "AB，中文 iPhone 15"     # AB is Latin now: the comma after it, before 中, goes full-width
    assert [(c.offset, c.before, c.after) for c in changes] == [
        (0, "ＡＢ", "AB"), (2, ",", "，"), (6, "ｉＰｈｏｎｅ", "iPhone"), (13, "１５", "15")]


#: the emoji of these cases, which no face of a page has (``fonts.missing_pictographs``)
_EMOJI = frozenset("🚫🌾🌱📏🛠💪👉👇😋📚💡✅⏳❤😂➕➖❌⭐😭👍🏃🔥✈🏻")


@pytest.mark.parametrize("text, phrases, expected", [
    ("🚫 不能与碱性农药混用", False, "●不能与碱性农药混用"),             # a bullet: ●
    ("🔥🔥 热卖中", False, "●热卖中"),                                # ... a run of them
    ("🏃\u200d♂️ 运动", False, "●运动"),                               # ... joined to a sign the faces have
    ("👍🏻 好评", False, "●好评"),                                     # ... with its skin tone
    ("✅ 优势:动力媲美大排量自吸", False, "✓优势：动力媲美大排量自吸"),    # a sign the faces have: the sign
    ("❌ 误区:只看排量", False, "×误区：只看排量"),                      # ... do and don't apart
    ("口味：⭐⭐⭐⭐⭐", False, "口味：★★★★★"),                          # ... a rating's stars
    ("1️⃣ 报名，第2️⃣步", False, "①报名，第2步"),                         # ... a keycap starting an item: circled
    ("倒计时2️⃣4️⃣小时", False, "倒计时24小时"),                          # ... keycaps spelling a number: figures
    ("请看下图：👇", False, "请看下图："),                                  # a hand pointing on is no word said
    ("味道😋。", False, "味道。"),                                         # (道 of a word, not of saying)
    ("  💡建议:选车时优先看", False, "●建议：选车时优先看"),             # ... after an indent, no blank
    ("👉报名地址：见下", False, "▶报名地址：见下"),                      # one that points: ▶
    ("二、分蘖盛期:致命保护期 🌾", False, "二、分蘖盛期：致命保护期"),    # ending a line, with its blank
    ("守护我们的健康💪。", False, "守护我们的健康。"),                  # before a mark
    ("(天猫|淘宝),👉报名地址", False, "（天猫|淘宝），报名地址"),           # after a mark
    ("减少涡轮损耗~ 🛠️", False, "减少涡轮损耗~"),                      # with its selector
    ("加油💪💪💪", False, "加油"),                                   # a run of them: one
    ("文字 🌾 文字", False, "文字 🌾 文字"),                           # between two words and blanks: kept
    ("北京 ✈️ 上海", False, "北京 ✈ 上海"),                            # ... (it says "to")
    ("发文称😭😭😭，网友热议", False, "发文称😭😭😭，网友热议"),          # what is said: kept
    ("他说“😂😂😂”", False, "他说“😂😂😂”"),                          # ... all a quotation holds
    ("点赞（👍）", False, "点赞（👍）"),                                # ... all a bracket holds
    ("😂，笑死我了", False, "😂，笑死我了"),                            # ... before a mark at a line's start
    ("2.0T汽车排量科普 📚", True, "2.0T汽车排量科普"),                  # a head's
    ("📚 汽车排量科普", True, "汽车排量科普"),                          # ... no bullet in a head
    ("我❤️你", False, "我❤你"),                                      # between words: kept (it stops the page)
    ("网友留言😂太好看了", False, "网友留言😂太好看了"),                  # ... as said
    ("➕关注我们", False, "●关注我们"),                                # an emoji keyboard's sign as a bullet
    ("2➕3=5，5➖3=2", False, "2+3=5，5-3=2"),                          # ... between two terms: the sign
    ("➖➖➖➖➖", False, ""),                                          # ... a row of them: a rule, taken out
])
def test_emoji_no_face_has_are_bullets_or_taken_out_at_a_phrases_edge(text, phrases, expected):
    out, changes = normalize(text, phrases=phrases, emoji=_EMOJI)
    assert out == expected
    rules = (EMOJI_BULLET, EMOJI_POINTER, EMOJI_REMOVED)
    assert all(c.before for c in changes if c.rule in rules)
    assert not any(c.rule in rules for c in normalize(text, phrases=phrases)[1])   # (only those the page lacks)


@pytest.mark.parametrize("text", [
    "会议于上午10﹕30开始", "京政办发﹙2023﹚5号", "The site is at 39°54'N, 116°23'E",
    "第三句：“You're fired!”（你被炒了！）", "握手时她说“很高兴再次见到你”(It's wonderful to see you again.)。",
    '"Don\'t," she said.', "'Hello,' he said.", "He said, \"She told me 'no.'\" Then he left.",
    '他在推特上写道：Make America "great" again, he said.', "苏轼(1037-1101)与李白（701-762）",
    "guanxi (关系) and mianzi (面子) are important here.",
    "比分 2 - 1 , 客队", "iPhone 15 ,售价", '搭载 A17 "仿生"芯片', "他说 '你好' 。", "“好”\u200b 他说",
    "说 —'", "学习《条例》 做党员", "等等 ... 好", "a - b 和 c", "他说: \"好\" 吧",
    'He said, "OK." 然后', '他说:"OK."然后', '标题是"Think Different",很有名',
    '他问:"Why?"', '"Yes,"他说。', '包括"AI", "5G"等技术', '"AI","5G"等技术', '满意。"记者问:"下一步呢?"',
    "'90后'成为主力", '他说:"\'5G\'技术是关键"',
    "真的吗?!", "他说...?", '他说:"我们要发扬"工匠精神"。"', "电池是3877mAh,iPhone 15 Plus", "要素:(1)声音",
    "\u2003\u2003首行", "他说---好", "今天天气很好.", "１２，３４５元",
    '他说,"我们一定会成功。', '要坚持"两个确立",做到"两个维护"。"他说。', '他说:"要实现"2035"目标。"',
    '他说:"我们要团结。“', "他问:Why?", "按照(1)(2)(3)的顺序", "\u3000\u3000—摘自", "明天会下雨.\u00a0",
    "《学而——<论语>展》", "代表&amp;委员&nbsp;等", "周一 / 周三", "电话:0572-6267516;",
    "目标为<130/80 mmHg。", '的食品."及根据第一条:"食品',
    "➤演出时间:2022.06.17", "首末站:张河村—建设路", "上午8:30-12:00 下午2:30-5:30",
])
def test_normalising_twice_changes_nothing_more(text):
    once = normalize(text)[0]
    assert normalize(once)[0] == once
    heads = normalize(text, phrases=True)[0]
    assert normalize(heads, phrases=True)[0] == heads
