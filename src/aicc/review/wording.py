"""The words the position rules read: what makes a right one for cause or at will, what counts as
using data or giving it up, a limit, a burden, a definition. Regular expressions in Japanese and
English, shared by ``position.py``; the topic-specific vocabulary lives in ``data/topics.yaml``."""

from __future__ import annotations

import re

# Exploiting the user's data or outputs: what a vendor permission is about in most METI items.
EXPLOIT = re.compile(
    r"\b(?:use|uses|used|using|analy[sz]e|share|disclose|sell|license|train|trained|training|improve|develop|link|combine|retain|keep|reuse|exploit|process|publish)\b"
    r"|利用(?!者|料|規約|契約|団体|施設|登録)|活用|解析|分析|共有|提供(?!者)|開示|紐付|保持|使い続け|転用|販売|学習|訓練|公開",
    re.IGNORECASE,
)
# Training, improving or developing models: what a licence of the user's data may be for
TRAINING = re.compile(r"\b(?:train\w*|fine-?tun\w*|improv\w*|develop\w*)\b|学習|改善|改良|開発", re.IGNORECASE)
# A vendor right that only arises on the user's breach, non-payment or insolvency: a right for cause
FOR_CAUSE = re.compile(
    r"\b(?:if|where|when|in\s+the\s+event\s+(?:that|of)|to\s+address|to\s+respond\s+to|in\s+response\s+to|to\s+prevent)\b[^.;]{0,160}?\b(?:breach\w*|violat\w*|break\w*|fails?\s+to\s+(?:pay|comply)"
    r"|compromised|security\s+(?:threat|risk|incident|breach)|threaten\w*"
    r"|non-?payment|(?:are|is|remain|become)s?\s+(?:more\s+than\s+|over\s+|at\s+least\s+)?(?:[\w()-]+\s+){0,3}(?:past\s+due|overdue|unpaid|in\s+arrears)"
    r"|insolven\w*|bankrupt\w*|pos(?:es|e|ing)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:risk|threat))"
    r"|\b(?:that|which)\s+(?:is|are)\s+(?:being\s+)?used\s+(?:to|for)\b[^.;]{0,60}\b(?:unlawful|illegal|fraud\w*|abus\w*|spam\w*|malicious)\b"
    r"|\bwhose\s+(?:use|conduct|account|activity|activities|behaviou?r)\s+(?:\w+\s+){0,2}(?:violates|breaches|infringes|threatens|endangers|compromises|harms|presents|poses)\b"
    r"|\bwhose\s+(?:credentials|password|account|login)\s+(?:\w+\s+){0,5}(?:compromised|misused|stolen|shared|(?:signs?|evidence)\s+of\s+(?:compromise|misuse|fraud|abuse))\b"
    # "may suspend access of an individual Authorised User who breaches Clause 4.1"
    r"|\b(?:who|that|which)\s+(?:materially\s+|repeatedly\s+)?(?:breaches|violates|infringes|misuses|abuses)\b"
    r"|\b(?:for|upon|on|due\s+to)\s+(?:(?:your|its|(?:the\s+)?\w+['’]s)\s+)?(?:material\s+)?(?:breach|violation|non-?payment)\b"
    r"|\bfor\s+(?:good\s+|just\s+|important\s+)?cause\b"
    r"|(?:違反|不履行|履行し(?:ない|ません)|是正(?:し|され)(?:ない|ません)|支払(?:い)?を[^。]{0,12}?怠|支払(?:い)?(?:を|が)[^。]{0,12}(?:遅滞|遅延)|支払わ(?:ない|ず)|破産|差押|信用状態|反社会的勢力).{0,50}(?:場合|とき)"
    # the causes listed after the sentence: "if any of the following occurs:", 「次の各号のいずれかに該当する場合」
    r"|\b(?:if|where|when|in|upon|on)\s+(?:any|one|either)\s+(?:or\s+more\s+)?of\s+(?:the\s+following|these|those)\b"
    r"|\bonly\s*(?:(?:if|where|when|in\s+the\s+following\s+(?:cases|events|circumstances))\s*)?:\s*$"
    # a right limited to another clause's causes: "may terminate this Agreement only under Clause 11.3"
    r"|\bonly\s+(?:under|in\s+accordance\s+with|pursuant\s+to|as\s+(?:provided|set\s+out|permitted)\s+in)\s+(?:clause|section|article|paragraph)s?\b"
    r"|第[0-9０-９一二三四五六七八九十]+条[^。]{0,12}(?:に定める|に基づく|による)場合に限り"
    r"|(?:次|以下|下記|前項)の?(?:各号|いずれか|事由|事項).{0,40}(?:場合|とき)|(?:次|以下)の(?:各号の)?場合に限り"
    # an event no party controls: 「天災地変…その他当社の責めに帰すことができない事由により…提供できない場合」, "force majeure"
    r"|(?:天災地変|不可抗力|責めに帰すことができない事由)[^。]{0,60}(?:場合|とき)|\bforce\s+majeure\b|\bbeyond\s+(?:our|its|the\s+\w+['’]s)\s+reasonable\s+control\b"
    # a pause for maintenance: 「保守点検を行う場合、…7日前までに通知した上で」, "during scheduled maintenance"
    r"|(?:保守|点検|メンテナンス)[^。]{0,20}(?:場合|とき|ため)|\b(?:for|during)\s+(?:scheduled\s+|planned\s+)?maintenance\b",
    re.IGNORECASE,
)
# A right to end for the vendor's own convenience: at will, though 30 days' notice gives the user time to leave
_CONVENIENCE = (
    r"\bfor\s+(?:its\s+|our\s+)?convenience\b|\bfor\s+any\s+(?:(?:or\s+no|other)\s+)?reason\b|\b(?:sole|absolute)\s+discretion\b"
    r"|\bwithout\s+cause\b|自己の(?:都合|判断)|自らの(?:事業)?(?:判断|都合)|事業(?:上の)?判断|都合により|理由の如何を問わず|理由を問わず"
)
CONVENIENCE = re.compile(_CONVENIENCE, re.IGNORECASE)
# Work the vendor hands over: "design, train and deliver a classification model", 「本モデルを納入する」
DELIVERED_WORK = re.compile(
    r"\bdeliver\w*\s+(?:to\s+\w+\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,4}(?:models?|deliverables?|systems?|reports?|solutions?)\b"
    r"|(?:モデル|成果物|システム|報告書)を?[^。]{0,20}納入",
    re.IGNORECASE,
)
# Notice of at least 30 days (the rubric's bar for ending the service): "at least thirty (30) days' notice"
LONG_NOTICE = re.compile(
    r"\b(?:thirty|forty-five|sixty|ninety|one\s+hundred(?:\s+and)?(?:\s+(?:twenty|eighty))?|30|45|60|90|1[0-9]{2}|[2-9][0-9]{2})\s*(?:\(\d+\)\s*)?(?:calendar\s+)?days['’]?\s*(?:prior\s+|advance\s+)?(?:written\s+)?notice\b"
    r"|\b(?:30|60|90)[- ]days?\s+(?:prior\s+|advance\s+)?(?:written\s+)?notice\b|\b(?:one|two|three|four|six|twelve|[1-9]|1[0-2])\s*(?:\(\d{1,2}\)\s*)?months?['’]?\s*(?:prior\s+)?(?:written\s+)?notice\b"
    r"|(?:30|三十|３０|60|六十|90|九十)日(?:以上)?前(?:まで)?に|(?:[1-9]|1[0-2]|[一二三四六]|十二|[１-９])(?:か|ヶ|カ|箇)月(?:以上)?前(?:まで)?に"
    # told that far ahead in other words: "at least sixty days in advance of any change"
    r"|\b(?:thirty|forty-five|sixty|ninety|30|45|60|90)\s*(?:\(\d+\)\s*)?(?:calendar\s+)?days\s+in\s+advance\b",
    re.IGNORECASE,
)
# Notice shorter than the rubric's 30 days: "fourteen (14) days' notice", 「効力発生日の14日前までに」
SHORT_NOTICE = re.compile(
    r"\b(?:seven|ten|fourteen|fifteen|twenty(?:-one)?|[1-9]|[12][0-9])\s*(?:\(\d+\)\s*)?(?:calendar\s+|business\s+)?days['’]?\s*"
    r"(?:prior\s+|advance\s+)?(?:written\s+)?notice\b"
    r"|(?<![\d０-９])(?:[1-9]|[12][0-9]|[１-９]|[１２][０-９])\s?日(?:以上)?前(?:まで)?に|(?:[12]|[一二])週間(?:以上)?前(?:まで)?に",
    re.IGNORECASE,
)
# A change with no notice at all, which a short notice elsewhere does not temper: 「緊急の場合は事前の通知なく変更」,
# "effective on posting"
NO_NOTICE = re.compile(
    r"(?:事前の?)?(?:通知|予告|告知)(?:なく|することなく|せずに|をせず)|\bwithout\s+(?:prior\s+|advance\s+|any\s+)?notice\b"
    r"|\beffective\s+(?:immediately\s+)?(?:up)?on\s+(?:posting|publication)\b|掲(?:示|載)(?:した|された)?(?:時点?|日)(?:から|より)効力",
    re.IGNORECASE,
)
# The user's way out on notice or at will: "for convenience on sixty (60) days' notice", 「いつでも解約」「中途解約」
EXIT_AT_WILL = re.compile(
    _CONVENIENCE + r"|\bat\s+any\s+time\b|\b(?:days|months)['’]?\s+(?:prior\s+|advance\s+)?(?:written\s+)?notice\b"
    r"|いつでも|中途解約|(?:日|か月|ヶ月|カ月)前までに",
    re.IGNORECASE,
)
# The other party's failure to put something right: "if Provider fails to correct the non-conformity",
# "does not so perform", 「修補によっても契約不適合が解消されない場合」
FAILED_REMEDY = re.compile(
    r"\b(?:fails?|failure|unable|cannot|does\s+not|do\s+not|did\s+not)\b[^.;]{0,40}?\b(?:to\s+)?(?:correct|remedy|remedie|cure|fix|repair|conform|comply|perform|meet|achieve|restore)\w*"
    r"|\bfails?\s+(?:\w+\s+){0,4}?(?:acceptance\s+)?test(?:s|ing)?\b"
    r"|\bfails?\s+(?:again|a\s+(?:second|third)\s+time|twice|three\s+times)\b"
    # "… repair the defect or re-train the Customised Model, and if it cannot do so within 60 days, Customer may terminate"
    r"|\b(?:cannot|can\s*not|is\s+unable\s+to|fails?\s+to)\s+do\s+so\b"
    r"|(?:解消|是正|修補|回復|達成|充足)(?:され|し|でき)(?:ない|なかった)|満たさ(?:ない|なかった)|(?:修補|是正|追完)を行わ(?:ない|なかった)"
    # 「前項の修補が相当期間内に行われない場合、甲は、…本契約の全部若しくは一部を解除することができる」
    r"|(?:修補|是正|追完|補修)が[^。、]{0,12}(?:行われ|なされ)(?:ない|なかった)"
    # 「…本件成果物が前項の保証に適合しないことが判明した場合、委託者は、…契約の解除を請求することができる」
    r"|(?:保証|仕様書?|契約の内容|品質基準)に適合しない"
    # the user objecting to a change the vendor makes (a new sub-processor, new terms): "if the parties cannot resolve
    # the objection, Customer may terminate", 「甲が前項の変更に同意しない場合、甲は…解約することができる」
    r"|\b(?:resolve|settle)\s+(?:the|its|such|an?)\s+objection\b|\bobject\w*\s+to\s+(?:the|a|any|such)\s+(?:new\s+)?(?:sub-?processors?|changes?|amendments?|modifications?)\b"
    # ("If Customer does not accept the adjusted Fees, Customer may terminate")
    r"|\b(?:does|do)\s+not\s+(?:agree\s+to|accept|consent\s+to)\s+(?:the|a|any|such)\s+(?:\w+\s+)?(?:changes?|amendments?|modifications?|revisions?|sub-?processors?)\b"
    r"|\b(?:does|do)\s+not\s+(?:agree\s+to|accept|consent\s+to)\s+(?:the|an?|any|such)\s+(?:adjusted|increased|new|revised|higher)\s+(?:fees|prices?|charges|rates)\b"
    r"|(?:変更|改定|改訂|再委託)[^。、]{0,6}に(?:同意|承諾)(?:しない|しなかった|できない)|異議を(?:述べ|申し出)"
    # 「前項の変更により甲の利用に重大な支障が生じる場合、甲は…解約することができる」
    r"|(?:変更|改定)により[^。、]{0,20}(?:支障|不利益)が生じる",
    re.IGNORECASE,
)
# A pause of the service, as against the end of the contract
SUSPENDING = re.compile(r"\bsuspen\w*|停止|中断", re.IGNORECASE)
TERMINATING = re.compile(
    r"\bterminat\w*|\bcancel\w*|\bclos(?:e|ing)\s+(?:your|the)\s+account|解除|解約|終了|抹消|閉鎖", re.IGNORECASE
)
# Suspending or ending the service or the contract: about the relationship, not about using data
ENDING = re.compile(
    rf"{TERMINATING.pattern}|\b(?:suspend|discontinu|disabl)\w*|停止|中止|中断",
    re.IGNORECASE,
)
# Deleting or returning the data: the opposite of using it (「学習用データセットを…消去する」)
# (not removing identifiers as a step before a use: 「個人を識別できる情報を削除した上で、…学習…に利用する」; nor
# the data with them removed: 「…個人を識別することができる記述等を削除したテキストを、…改善のために利用する」)
GIVING_UP = re.compile(
    r"\b(?:delet|eras|destroy|purg|return)\w*|(?:削除|消去)(?!(?:した|し)(?:上|うえ)で|した[^。、]{0,8}?(?:テキスト|データ|情報|もの|記録))|廃棄|破棄|返還|返却",
    re.IGNORECASE,
)
# A right the vendor may use whenever it likes: for its convenience, "at any time", or on a catch-all
AT_WILL = re.compile(
    _CONVENIENCE + r"|\bat\s+any\s+time\b"
    r"|\b(?:we|provider|company)\s+(?:\w+\s+){0,2}(?:deems?|considers?)\b.{0,40}\b(?:appropriate|necessary|inappropriate|advisable)\b"
    r"|いつでも|任意に"
    # the catch-all of Japanese terms: 「その他当社が不適当と判断した場合」「当社が必要と認めるとき」
    r"|(?:不適当|不適切|必要|相当でない|妥当でない|適当でない|適切でない|好ましくない)と(?:判断|認め)"
    # the vendor itself decides that a cause exists: 「会員が次のいずれかに該当すると当社が判断した場合」
    r"|(?:該当する|違反した)(?:と|ものと)(?:当社が|弊社が|乙が)?(?:判断|認め)",
    re.IGNORECASE,
)
# A transfer abroad under a named safeguard: the other half of what the rubric asks for beside residency
SAFEGUARDS = re.compile(
    r"\bstandard\s+contractual\s+clauses\b|\badequacy\s+decision\b|\bbinding\s+corporate\s+rules\b"
    # the UK's: adequacy regulations, the International Data Transfer Agreement or Addendum
    r"|\badequacy\s+(?:decisions|regulations?|findings?)\b|\binternational\s+data\s+transfer\s+(?:agreement|addendum)\b|\bIDTA\b"
    r"|\b(?:equivalent\s+measures|measures\s+equivalent\s+to)\b|\bmeasures\b[^.;]{0,40}\bequivalent\s+to\s+(?:those|the\s+measures)\s+required\b"
    r"|\b(?:binding|intra-?group)\b.{0,40}\btransfer\s+(?:terms|agreements?)\b.{0,60}\b(?:comparable|equivalent|adequate)\b"
    r"|\blegally\s+enforceable\s+(?:obligations|commitments)\b.{0,80}\b(?:comparable|equivalent|adequate)\b"
    # APPI Art. 28 named, or the system it asks of a recipient abroad
    r"|\bArt(?:icle|\.)\s*28(?:,?\s+paragraph\s+\d)?\s+of\s+the\s+(?:APPI|Act\s+on\s+the\s+Protection)|\bsystem\s+(?:that\s+)?conform(?:s|ing)\s+to\s+the\s+standards\b"
    r"|相当措置|標準契約条項|十分性認定|基準に適合する(?:体制|契約|措置)|同等の(?:保護)?水準"
    # storage abroad under the security duty of APPI Art. 23, knowing the foreign regime: 「外的環境の把握」
    r"|外的環境の把握"
    # the information APPI Art. 28(2) asks for before consent: the country, its regime and the recipient's measures
    r"|当該外国の名称|(?:当該)?外国(?:における|の)個人情報(?:の)?保護(?:に関する)?制度|移転先の国名|当該国の個人情報(?:の)?保護(?:に関する)?制度",
    re.IGNORECASE,
)
# … which a sentence may also deny: "countries without an adequacy decision"
NO_SAFEGUARDS = re.compile(
    r"\b(?:without|no|not|lack\w*)\b.{0,30}\b(?:adequacy|safeguards?|standard\s+contractual|equivalent)"
    r"|(?:相当措置|標準契約条項|十分性認定)[^。]{0,20}(?:なく|ない|しない|ません)",
    re.IGNORECASE,
)
# The heading of a table or list of where data is processed or stored
LOCATION_COLUMN = re.compile(
    r"\b(?:processing|data|hosting|storage|server|service)\s+(?:locations?|countr(?:y|ies)|regions?)\b"
    r"|\blocations?\s+of\s+(?:processing|data|servers?)\b|(?:処理|保存|保管|データ|サーバ)の?(?:場所|拠点|所在地|所在国)|所在国",
    re.IGNORECASE,
)
# Use the user has to opt out of
OPT_OUT = re.compile(
    r"\bopt(?:s|ing)?[- ]out\b|\b(?:turn|switch)(?:s|es|ing)?\s+(?:it\s+|this\s+|that\s+)?off\b|\bdisabl\w+\b.{0,40}\bsetting|オプトアウト"
    # "You can ask us to stop using your future voice recordings for this purpose"
    r"|\b(?:ask|request|tell)\s+us\s+(?:to\s+)?(?:stop|cease|not\s+to\s+(?:use|continue))\b"
    r"|(?:利用|学習)の?停止を(?:求め|申し出|申請)|をオフに(?:する|でき|した)|(?:利用|学習)されないよう(?:に)?設定"
    # 「ただし、契約者が当社所定の方法により申し出た場合、当社は、申出日の翌月1日以降に受領した入力データを学習に利用しない」
    r"|申し?出た場合[^。]{0,60}(?:学習|改善|開発)[^。]{0,6}(?:に|のために)(?:利用|使用)しない"
    # a setting the user picks: 「設定画面において「学習への利用を停止する」を選択した場合」
    r"|(?:利用|学習)[^。「」]{0,6}停止(?:する)?」?を(?:選択|設定)"
    # 「管理画面の「学習への利用」を無効に設定した場合」
    r"|(?:利用|学習)[^。「」]{0,6}」を無効に(?:設定|する|し)"
    r"|(?:利用|使用)(?:しない|されない)(?:よう(?:に)?|ことを)(?:求め|申し出|請求|設定|選択)",
    re.IGNORECASE,
)
THIRD_PARTY = re.compile(r"\bthird[- ]part|第三者|他者|外部の者", re.IGNORECASE)
# How the contract uses a word: 「本契約において「保持時間」その他の操業用語は、…の意味で用いる」, 'In this Agreement,
# "retention" in the phrases "retention offer" … refers to'
_WORD_USAGE = (
    r"^\W*(?:\d+(?:\.\d+)*\.?|[(（]?[0-9０-９]+[)）])?\s*(?:本契約|本規約)において[、,]?「"
    r"|^\W*(?:\d+(?:\.\d+)*\.?)?\s*in\s+this\s+(?:agreement|contract),?\s+[\"“]"
)
# A definition grants nothing, whatever the list it stands in: 「「推論結果」とは…をいう。」, "'Output' means …"
DEFINITION = re.compile(
    r"(?:をいう|を意味する|を指す)(?:ものとする)?。?\s*$|」とは|\bmeans\b|\brefers\s+to\b"
    # a term defined without quotes, then said what it is not: 「区分変更申請とは、…申請をいい、…」
    r"|^\W*(?:[（(]?[0-9０-９]+[）)]\s*)?[^、。「」\s]{1,24}とは、[^。]{0,160}?をいい、|" + _WORD_USAGE,
    re.IGNORECASE,
)


# The opening of a contract: 「…は、次のとおり契約を締結する。」, "WHEREAS …", "enter into this Agreement";
# and its purpose article: 「本契約は、…を目的とする。」, "The purpose of this Agreement is to …"
RECITAL = re.compile(
    r"(?:次の|以下の)?とおり.{0,30}締結|契約.{0,30}を締結する|\bwhereas\b|\bnow,?\s+therefore\b"
    r"|\benter(?:s|ed)?\s+into\s+this\s+(?:agreement|contract)\b"
    # "The parties wish to set out the terms on which the Supplier will …", "These Terms set out the terms on which …"
    r"|^\W*(?:the\s+parties\s+wish\s+to|(?:this|these)\s+(?:agreement|terms|contract)\s+sets?)\s+(?:set\s+)?out\s+the\s+terms\s+(?:on|under)\s+which\b"
    r"|^\W*(?:第?\d+条?\.?\s*)?(?:本契約|本規約)は、.{0,300}を目的と(?:する|します)。?\s*$"
    r"|^\W*(?:\d+(?:\.\d+)*\.?\s*)?the\s+purpose\s+of\s+(?:this|these)\s+(?:agreement|terms|contract)\s+is\b"
    # a lettered background paragraph: "(B) Licensee trades electricity on … and wishes to use …", "B. The Lab develops …"
    r"|^\s*(?-i:\([A-H]\)|[A-H]\.)\s+(?:the\s+)?(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}\s+(?:is|are|has|have|operates|owns|develops|provides|wish(?:es)?|desires?|intends?|carries|trades|manufactures|sells|distributes)\b",
    re.IGNORECASE,
)


# A sentence that puts its subject outside the contract, or says what it does not set: 「…異物検査記録…は、甲が保存
# するものとし、本契約の対象外とする」, "Customer's own discovery obligations are outside the scope of this Agreement"
OUT_OF_SCOPE = re.compile(
    r"(?:本契約|本規約|本約款|本業務|本件業務|本研究|本実証|本開発|本検証)の(?:対象外|適用対象外|適用範囲外|範囲外)と(?:する|します|なる|なります)。?\s*$"
    # 「…果実の保存温度、保存期間その他の管理は甲の責任で行うものとし、本契約の対象とはしない。」
    r"|(?:本契約|本規約|本約款|本業務)の(?:対象|適用対象)とは?(?:しない|しません|ならない|なりません)。?\s*$"
    # 「…計量データの保存期間は、甲の社内規程によるものとし、本契約の定めるところではない。」
    r"|(?:本契約|本規約|本約款)の定めるところでは(?:ない|ありません)。?\s*$"
    # not a cause to end this contract: 「甲が、…雇用契約又は派遣契約を終了させたことは、本契約の解除事由とはならない」
    r"|(?:本契約|利用契約|本規約)の(?:解除|解約|終了)(?:事由|理由)と(?:は)?(?:ならない|なりません|しない)"
    # not a change of the terms: 「法令等の改正に伴う解析ロジックの更新は、本規約の変更には該当せず、第15条の手続を要しません」
    r"|(?:本規約|本契約|本約款|利用規約|本協定)の(?:変更|改定)には(?:該当(?:せず|しない|しません)|当たら(?:ず|ない|ません))"
    # what a word does not mean: 「…当社による利用者データの保存期間を意味するものではありません」「…本件データを外国に
    # 送ることを意味しない」
    r"|(?:を意味する|を指す)ものでは(?:ない|ありません)。?\s*$|ことを意味し(?:ない|ません)。?\s*$"
    # what the work leaves out or has nothing to do with: 「…型式承認の取得は本件業務に含まない」「…AIモデルの学習とは関係がない」
    r"|(?:本件?業務|本契約)に(?:は)?含ま(?:ない|れない|れません)。?\s*$|(?:とは|には)関係(?:が)?(?:ない|ありません|しない|しません)。?\s*$"
    # what it leaves untouched: 「本条は、…甲の義務に影響を及ぼさない」「定例会で確認された事項は、本契約又は仕様書の内容を
    # 変更するものではない」
    r"|に影響を(?:及ぼさ|与え)(?:ない|ません)。?\s*$|(?:義務|責任)を生じさせるもの(?:では|で)は?(?:ない|ありません)。?\s*$|(?:本契約|本規約|本約款|本協定)[^。]{0,12}の(?:内容|条件|規定|条項)を変更するものでは(?:ない|ありません)。?\s*$"
    # 「…これは要約対象の範囲を示すものであり、データの保存場所を定めるものではない」
    r"|(?:(?:を|について)(?:定める|示す)|に影響を(?:与える|及ぼす))(?:もの|趣旨)(?:では|で)は?(?:ない|ありません)。?\s*$"
    # "Such guideline revisions are not changes to this Agreement."
    r"|\b(?:is|are)\s+not\s+(?:an?\s+)?(?:changes?|amendments?|modifications?|variations?)\s+(?:to|of)\s+(?:this|these)\s+(?:agreement|terms)\b"
    # "A Crane Change is an operational matter … and does not amend this Agreement."
    # ("… is priced separately and does not change any other section of these Terms"; "they do not change how we
    # handle Your Content under these Terms")
    # "Changes to the headcount … are handled through the administration console and do not require an amendment to this
    # Agreement"
    r"|\b(?:do|does)\s+not\s+require\s+(?:an?\s+|any\s+)?(?:amendment|variation|change|modification)s?\s+(?:to|of)\s+(?:this|these)\s+(?:agreement|terms)\b"
    # "Nothing in these Service Terms changes the procedures Customer follows …"; 「…契約者の情報の保存場所を変更するものではない」
    r"|^\W*(?:[\d.]+\s+)?nothing\s+in\s+(?:this|these)\s+(?:[\w-]+\s+){0,2}(?:agreement|terms)\s+changes?\b"
    r"|(?:保存場所|保管場所|所在地|処理場所)を変更するもの(?:では|で)は?(?:ない|ありません)。?\s*$"
    # "That browser setting is unrelated to how we treat your data"
    r"|\b(?:is|are)\s+unrelated\s+to\b"
    # "… (the "Version Timeline") records edits …; it is not a record of changes to these Terms"
    r"|\b(?:is|are)\s+not\s+an?\s+(?:record|log|list|notice|history)\s+of\s+(?:any\s+)?(?:changes?|amendments?|modifications?)\b"
    r"|\b(?:does|do)\s+not\s+(?:(?:by|of)\s+itself\s+)?(?:amend|change|modify|vary|alter)\s+(?:any\s+(?:other\s+)?(?:term|provision|section|clause|part)s?\s+of\s+)?(?:this|these)\s+(?:agreement|terms)\b"
    r"|\b(?:does|do)\s+not\s+(?:amend|change|modify|vary|alter)\s+how\s+(?:we|you|the\s+\w+)\s+(?:handle|process|use|store|treat)\b"
    r"|\b(?:is|are|falls?)\s+(?:outside|beyond)\s+the\s+scope\s+of\s+(?:this|these|the)\s+(?:agreement|terms|work|services|project|poc)\b"
    # "… and this Article does not modify Article 10"
    r"|\b(?:this|that)\s+(?:article|clause|section|paragraph)\s+does\s+not\s+(?:modify|amend|change|vary|affect|limit)\s+(?:article|clause|section|paragraph)\s+\d"
    # "This paragraph describes your own obligations and is not a promise by us to store your data."
    r"|\bis\s+not\s+a\s+(?:promise|commitment|undertaking)\s+by\s+us\b"
    # "… the transmission of E2B files to the PMDA gateway … is not a transfer to a third party for the purposes of this Clause"
    r"|\bis\s+not\s+an?\s+[\w\s-]{1,40}?\s+for\s+the\s+purposes?\s+of\s+(?:this|these|clause|section)\b"
    # "Termination of a route or a code-share arrangement by Kestrel does not by itself terminate this Agreement"
    r"|\bdoes\s+not\s+(?:by\s+itself\s+|of\s+itself\s+|itself\s+)?(?:terminate|end)\s+(?:this|these)\s+(?:agreement|terms|contract)\b"
    # "The end of a broadcast season … does not by itself entitle the Licensee to terminate this Agreement"
    r"|\bdoes\s+not\s+(?:by|of)\s+itself\s+(?:entitle|allow|permit)\b"
    # "This masking feature is a product function only and does not create any confidentiality obligation"; "The 'hold period'
    # shown in the booking screen refers only to this grace period"
    # "The Steering Committee governs the day-to-day conduct of the Research Project but has no authority to amend this Agreement"
    r"|\bhas\s+no\s+(?:authority|power|right)\s+to\s+(?:amend|change|modify|vary)\s+(?:this|these)\s+(?:agreement|terms)\b"
    # ("… they do not create any subcontracting relationship between you and us")
    r"|\b(?:does|do)\s+not\s+create\s+any\s+(?:[\w-]+\s+){0,2}(?:obligations?|duty|duties|relationships?)\b|\brefers?\s+only\s+to\b"
    # what a legal tool looks for in the user's documents: "The Platform recognises clause categories commonly found in
    # target-company contracts, such as change of control, termination for convenience and governing law"
    r"|\bclause\s+(?:families|types|categories|labels)\b"
    # "A run that is terminated by a usage limit is not a termination of your subscription"
    r"|\bis\s+not\s+an?\s+(?:termination|suspension|cancell?ation|amendment|variation)\s+of\s+(?:your|the|this|these)\b"
    # "This clause concerns the number of licences only and does not permit either party to amend …"
    r"|^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:this|the\s+preceding)\s+(?:clause|section|paragraph|article)\s+(?:concerns|covers|deals\s+with|relates\s+to)\s+[^.;]{1,60}\s+only\b",
    re.IGNORECASE,
)


def out_of_scope(text: str) -> bool:
    """The sentence says that what it speaks of is outside the contract."""
    return OUT_OF_SCOPE.search(text) is not None


def is_definition(text: str) -> bool:
    """The sentence defines a term, opens the contract or puts something outside it: it says what a
    word means or who the parties are, not who may do what."""
    return DEFINITION.search(text) is not None or RECITAL.search(text) is not None or out_of_scope(text)


# A list of exceptions: 「次の各号のいずれかに該当する情報は、秘密情報に含まれない。」, "Confidential
# Information does not include information that:" — its items (「（4）第三者から秘密保持義務を負わずに取得
# したもの」) describe what is left out, and take no side of their own
# information left out of confidentiality as the usual exceptions, taking no side: disclosure the law
# compels, what is made public
# ("the Licensed Content is not Confidential Information once it has been published") and statistics
# or de-identified results derived from the data (「統計的分析の結果であって、…識別できない形式に加工
# されたものは、秘密情報に該当しない」)
CARVE_OUT = re.compile(
    r"\bnot\s+(?:\w+\s+){0,2}confidential(?:\s+information)?\s+(?:once|after|when|where|if|to\s+the\s+extent)\s+"
    r"(?:it|they|such\s+\w+)\s+(?:has\s+been|have\s+been|is|are|becomes?|was|were)\s+"
    r"(?:published|public\w*|made\s+(?:publicly\s+)?available|released)\b"
    r"|\b(?:aggregated|de-?identified|anonymi[sz]ed|statistical)\b[^.;]{0,80}\b(?:is|are|shall|will)\s+not\s+(?:be\s+)?"
    r"(?:\w+\s+){0,2}confidential\b"
    r"|(?:統計|匿名|識別(?:でき|すること(?:が|の)?でき)ない|既に公開|公知)[^。]{0,40}(?:秘密情報|機密情報)(?:に|には)?(?:該当しない|含まれない|当たらない)"
    # and disclosure the law or a regulator compels: "may disclose Confidential Information where required by law"
    r"|\bmay\s+disclose\b.{0,60}\b(?:required|compelled|ordered)\s+(?:to\s+do\s+so\s+)?by\s+(?:applicable\s+)?(?:law|a\s+court|a\s+competent|court\s+order|regulat)"
    # and disclosure to those who need to know: "may disclose Confidential Information to its approved subcontractors on a
    # need-to-know basis"
    r"|\bmay\s+disclose\b.{0,100}\bon\s+a\s+need[- ]to[- ]know\s+basis\b"
    # (「法令又は裁判所若しくは監督官庁の命令に基づき秘密情報の開示を求められた場合」)
    r"|(?:法令|命令|処分)(?:等)?に基づき[^。]{0,20}開示(?:を求められ|を要求され|を命じられ)",
    re.IGNORECASE,
)
EXCEPTIONS_LEAD = re.compile(
    r"(?:含まれ|含ま|該当し|当たら)(?:ない|ません)|(?:を|は)除く|除外(?:する|される|します)|適用(?:しない|されない|しません)"
    r"|\b(?:does|do|shall|will)\s+not\s+(?:include|apply\s+to|cover|extend\s+to)\b|\bexclud(?:es?|ing)\b"
    r"|\bshall\s+not\s+be\s+(?:considered|deemed|treated\s+as)\b",
    re.IGNORECASE,
)


# A term's definition and nothing else: 「「推論結果」とは、…をいう。」, '1.4 "Connected Service" means …'
TERM_DEFINITION = re.compile(
    r"^\W*(?:(?:\d+(?:\.\d+)*\.?|[(（]\s*\w{1,4}\s*[)）])\s*)?[\"“「『][^\"”」』]{1,60}[\"”」』][^.。]{0,60}?(?:\s(?:means|shall\s+mean|refers\s+to)\b|とは)"
    # a term of two words or more set in bold or capitals, unquoted: "**Retention Schedule** means …"
    # (not "Provider means to keep …")
    r"|^\W*(?:(?:\d+(?:\.\d+)*\.?|[(（]\s*\w{1,4}\s*[)）])\s*)?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){1,4}\s+(?:means|shall\s+mean|refers\s+to)\b(?!\s+to\b)"
    r"|" + _WORD_USAGE,
    re.IGNORECASE,
)


def defines_term(text: str) -> bool:
    """The sentence opens by defining a term ("'Output' means …", "**Retention Schedule** means …",
    「「出力」とは」)."""
    return TERM_DEFINITION.search(text.replace("*", "")) is not None


def addresses_nothing_alone(text: str) -> bool:
    """The sentence opens by defining a term, opens the contract, states its purpose or puts its subject
    outside the contract: alone, it addresses nothing."""
    return defines_term(text) or RECITAL.search(text) is not None or out_of_scope(text)


# A duty to tell: 「…を乙に通知する」, "shall (promptly) notify / inform Provider"
NOTIFY_JA = re.compile(r"通知|連絡|報告|知らせ")
NOTIFY_EN = re.compile(r"\s+(?:\w+ly\s+)?(?:notify|inform|tell|report\s+to|advise)\b", re.IGNORECASE)

# ... and it is about data, content or outputs, not about subcontractors or fees
DATA = re.compile(
    r"\b(?:data|content|inputs?|outputs?|information|materials?|prompts?|submissions?|responses?|records?|files?)\b"
    r"|データ|情報|資料|入力|出力|生成物|成果|記録|素材|内容|プロンプト",
    re.IGNORECASE,
)
# a statement that the data is not used, as what a term or a duty secures: 「学習に利用されない旨」
NOT_USED_STATED_JA = r"(?:利用|使用|学習)(?:し|させ|され)?ない旨"
# "only for the Services", 「本件業務の遂行に必要な範囲に限り」: a limit, which favours the user
LIMITED = re.compile(
    r"\b(?:only|solely|exclusively|limited\s+to|no\s+other\s+purpose|strictly\s+necessary"
    r"|(?:to\s+the\s+extent|where|as)\s+(?:this\s+is\s+|it\s+is\s+)?(?:strictly\s+|reasonably\s+)?(?:necessary|needed|required)\s+(?:to|for)|with\s+(?:the\s+)?(?:\w+\s+){0,2}(?:prior\s+)?(?:written\s+)?(?:consent|agreement|approval)"
    r"|as\s+(?:a|an|your|the\s+customer['’]s)\s+[\"“]?(?:service\s+provider|(?:sub-?)?processor)|on\s+(?:your|the\s+customer['’]s)\s+behalf"
    r"|need\s+to\s+know|opt(?:s|ed)?[- ]in|opted\s+in|opts?\s+into"
    # the user switches the use on: "if a Customer administrator affirmatively enables the setting"
    r"|(?:affirmatively|expressly|voluntarily)\s+(?:enables?|turns?\s+on|activates?|elects?|chooses?|selects?)"
    # "If you turn it on, we may use photos … to improve our models"
    r"|if\s+you\s+(?:turn|switch)\s+(?:it|this|that|(?:the\s+)?\w+\s+setting)\s+on)\b"
    # consent limits a permission; "without consent" (承諾を得ることなく) is the opposite
    r"|のみ|に限り|に限って|に限る|範囲内|必要な範囲|目的以外|"
    + NOT_USED_STATED_JA
    + r"|(?:同意|承諾|承認)を得(?!(?:る)?ことなく|ずに|ないで)|同意(?:が|の)?ない限り|委託に基づ|委託を受けて|受託者として",
    re.IGNORECASE,
)
# Changing the terms or the service: "may amend this Agreement", 「本規約を変更することができる」
CHANGING = re.compile(r"\b(?:amend|modif|chang|updat|vary|revis)\w*|変更|改定|改訂", re.IGNORECASE)
# Both parties must sign or agree: what needs that is no one-sided act ("may be amended only by a
# written instrument signed by both parties", 「甲乙双方の記名押印した書面によらなければ」)
BOTH_AGREE = re.compile(
    r"\b(?:signed|(?:signed\s+or\s+)?sealed)\s+by\s+(?:(?:\w+\s+){0,3}of\s+)?(?:both|each|all)(?:\s+of)?(?:\s+the)?\s+part|\bmutual(?:ly)?\s+(?:written\s+)?(?:agreement|consent|agreed)"
    r"|\bwritten\s+agreement\s+of\s+(?:both|the)\s+parties|\bboth\s+parties['’]\s+(?:duly\s+)?(?:authori[sz]ed\s+)?(?:representatives|signatories)\s+(?:have\s+)?signed\b|\bagreed\s+(?:in\s+writing\s+)?(?:by|between)\s+(?:both|the)\s+parties\b|(?:双方|甲乙|両当事者|甲及び乙)(?:の|が)?(?:権限ある者が)?(?:記名押印|署名|書面による合意|合意)"
    r"|記名押印した(?:変更)?(?:合意書|契約書|覚書)|変更(?:合意書|契約書|覚書)|書面による変更契約を締結",
    re.IGNORECASE,
)
CONSENT = re.compile(
    r"consent|agreement|approval|\bopt(?:s|ed)?[- ]in\b|\bopts?\s+into\b|\b(?:affirmatively|expressly|voluntarily)\s+\w+|\bif\s+you\s+(?:turn|switch)\b|同意|承諾|承認",
    re.IGNORECASE,
)

# A cost, a risk or a responsibility that a cue says someone bears; 「自己の」「its own」 refer to the actor.
REFLEXIVE = re.compile(r"自己|自ら|自身|\b(?:its|their|his|her|your|our)\s+(?:own|sole)\b", re.I)
BURDEN = re.compile(
    r"費用|負担|責任|損害|賠償|補償|解決|\b(?:costs?|expenses?|risk|responsib\w*|liab\w*|indemnif\w*|defen[cd]\w*)\b",
    re.I,
)
# A cap, whose amount decides, as opposed to an exclusion: 「…を上限とする」, "will not exceed"
CAP = re.compile(r"上限|限度|を超え|\bexceed\w*|\blimited\s+to\b|\bcap(?:s|ped)?\b", re.I)
# A higher cap for some claims, as a multiple of the general one or of the fees: "shall not exceed three (3)
# times the amount described in Section 11.1", "two times the annual Fees", "200% of the cap", 「前項の上限額の3倍」
# the cap lifted for some claims (「この場合における乙の責任については、第13条第2項の上限を適用しない」, "the limits in clause
# 10.1 do not apply to …"): an exception that says nothing of the cap's own size
CAP_LIFTED = re.compile(
    r"上限(?:額)?(?:を|は)?(?:適用しない|適用しません|適用されない|適用されません)"
    r"|\b(?:limits?|limitations?|caps?)\b[^.;]{0,60}\b(?:do|does|shall|will)\s+not\s+apply\b",
    re.IGNORECASE,
)
SUPER_CAP = re.compile(
    r"\b(?:two|three|four|five|[2-9])\s*(?:\(\s*\d\s*\)\s*)?times\s+(?:the\s+)?(?:annual\s+|yearly\s+)?(?:amount|cap|limit|sum|fees|charges)\b"
    r"|\b(?:[2-9]\d{2}|1[5-9]\d)\s*(?:%|per\s*cent|percent)\s+of\s+the\s+(?:amount|cap|limit)\b"
    r"|(?:上限|限度)額?の[2-9２-９二三四五]倍"
    # a separate cap on top of the general one: "which amount is in addition to the limit in clause 11.2",
    # 「前項の上限とは別に」
    r"|\bin\s+addition\s+to\s+(?:the|any)\s+(?:\w+\s+){0,2}(?:limit|limitation|cap|amount)s?\b|(?:上限|限度額?)(?:とは別に|に加えて|に加え)",
    re.IGNORECASE,
)
# The size of a cap measured in fees: "the fees paid … in the three (3) months before the claim",
# 「直前12か月間に支払った利用料金の総額」
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "nine": 9, "twelve": 12}
_NUMBERS |= {"eighteen": 18, "twenty-four": 24, "一": 1, "二": 2, "三": 3, "六": 6, "十二": 12}
_CAP_PERIOD_EN = re.compile(
    r"\b(?:fees?|amounts?|charges|sums|price|payments|contributions|subscriptions?)\b.{0,120}?\b(?P<n>\d{1,2}|"
    + "|".join(k for k in _NUMBERS if k.isascii())
    + r")\b\s*(?:\(\s*\d{1,2}\s*\)\s*)?[- ]?(?P<unit>months?|years?)\b",
    re.IGNORECASE,
)
_CAP_PERIOD_JA = re.compile(
    r"(?P<n>[0-9０-９]{1,2}|十二|[一二三六])\s*(?P<unit>(?:ヶ|か|カ|箇|ケ)月|年)(?:間|分)?[^。]{0,40}?(?:料|代金|対価|報酬|金額|総額|費)"
)

# ... or with the fee named first: 「受領した委託料の1か月分相当額を上限とする」
_CAP_PERIOD_JA_AFTER = re.compile(
    r"(?:料金?|代金|対価|報酬|費用)の(?P<n>[0-9０-９]{1,2}|十二|[一二三六])\s*(?P<unit>(?:ヶ|か|カ|箇|ケ)月|年)分"
)


# The whole price of the contract, with no period: 「委託料の総額」「契約金額」, "the total fees paid
# or payable under this Agreement"
_WHOLE_PRICE_JA = re.compile(
    r"(?:委託料|契約金額|報酬|対価|代金|ライセンス料|分担金|開発費)(?:の)?(?:総額|全額|合計額)|契約金額を(?:上限|限度)"
)
_WHOLE_PRICE_EN = re.compile(
    r"(?:total|aggregate|all)\s+(?:fees?|charges|amounts?|price)\s+(?:paid|payable)(?:\s+or\s+payable)?\s+(?:by\s+\w+\s+)?under\s+(?:this|the)\s+(?:agreement|contract|order|sow|statement\s+of\s+work)",
    re.IGNORECASE,
)
# The price of one order under a framework contract, or of one stage of the work: 「当該損害の原因となった個別契約に
# 定める委託料の額」「…事由が生じた段階について定められた委託料の額」,
# "the fees paid under the Order Form giving rise to the claim"
# The fee of a pilot, a trial or a proof of concept: "limited to the amount of the Pilot Fee", 「実証の委託料」
_PILOT_FEE_EN = re.compile(r"\b(?:pilot|trial|poc|proof[- ]of[- ]concept)\s+fees?\b", re.IGNORECASE)
_PILOT_FEE_JA = re.compile(r"(?:実証|検証|PoC|ＰｏＣ|トライアル|試行)(?:業務)?の?(?:委託料|費用|料金|対価|報酬)")
_ONE_ORDER_JA = re.compile(r"(?:個別契約|段階|フェーズ|工程|マイルストーン)[^。]{0,20}(?:委託料|代金|報酬|対価|料金)")
_ONE_ORDER_EN = re.compile(
    r"\b(?:fees?|charges|amounts?)\s+(?:paid\s+|payable\s+|paid\s+or\s+payable\s+)?(?:by\s+\w+\s+)?under\s+(?:the\s+)?(?:relevant|applicable|affected)?\s*(?:order\s+form|work\s+order|statement\s+of\s+work|SOW|order|milestone)\b"
    # "shall not exceed the fee for the Stage in which the cause of the damage arose"
    r"|\b(?:fees?|charges|price)\s+(?:paid\s+|payable\s+)?(?:for|of)\s+(?:the|that|each|a)\s+(?:relevant\s+|applicable\s+)?(?:stage|phase|milestone|work\s+package|statement\s+of\s+work|SOW)\b",
    re.IGNORECASE,
)
# The fees of the month the loss occurred: 「当該損害が発生した月に…受領した利用料金」
_MONTH_OF_LOSS_JA = re.compile(r"(?:発生|生じ)(?:した|た)(?:日の属する)?月(?:に|の|分)[^。]{0,30}(?:料|代金|対価|報酬)")
_FEE = re.compile(r"料|代金|対価|報酬|費用|金額|\b(?:fees?|charges|price)\b", re.IGNORECASE)
_HALF = re.compile(
    r"[2２二]分の[1１一]|半額|(?:50|５０)\s*(?:[％%]|パーセント)|\b(?:50|fifty)\s*(?:per\s*cent|percent)|\bhalf\s+(?:of\s+)?the\b",
    re.IGNORECASE,
)
# "150% of the Charges paid … in that contract year": a share of a year's fees
_CAP_SHARE_EN = re.compile(r"\b(?P<pct>\d{2,3})\s*(?:%|per\s*cent|percent)\s+of\b", re.IGNORECASE)
# a year's fees: 「契約年度における委託料の年額を上限とする」
_ANNUAL_JA = re.compile(r"(?:料|代金|対価|報酬)の年額|年額の(?:料|代金|対価|報酬)")
_ANNUAL_EN = re.compile(
    r"\b(?:annual|yearly)\s+(?:\w+\s+)?(?:fees?|charges|amounts?|subscription)|\b(?:contract|calendar|subscription)\s+year\b"
    r"|\bper\s+(?:year|annum)\b",
    re.IGNORECASE,
)


def cap_months(text: str, lang: str) -> int | None:
    """How many months of fees a cap in ``text`` allows, or None when it names no such period."""
    if not CAP.search(text):
        return None
    found = (_CAP_PERIOD_JA if lang == "ja" else _CAP_PERIOD_EN).search(text)
    if found is None and lang == "ja":
        found = _CAP_PERIOD_JA_AFTER.search(text)
    months: int | None = None
    if found is not None:
        raw = found.group("n").lower().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
        n = int(raw) if raw.isdigit() else _NUMBERS.get(raw)
        if n is not None:
            months = n * 12 if found.group("unit").startswith(("year", "年")) else n
    elif (_ANNUAL_EN if lang == "en" else _ANNUAL_JA).search(text):
        months = 12
    elif lang == "ja" and _MONTH_OF_LOSS_JA.search(text):
        months = 1  # 「当該損害が発生した月にお客様から受領した利用料金の額」
    elif (_PILOT_FEE_JA if lang == "ja" else _PILOT_FEE_EN).search(text):
        months = 6  # the fee of a pilot or a trial (a few weeks' work): less than a year's fees, for this reading
        if _HALF.search(text):
            months = 3
    elif (_ONE_ORDER_JA if lang == "ja" else _ONE_ORDER_EN).search(text):
        months = 6  # the price of one order or individual contract: less than a year's fees, for this reading
    elif (_WHOLE_PRICE_JA if lang == "ja" else _WHOLE_PRICE_EN).search(text):
        months = 12  # the whole price of the contract: as much as a year's fees, for this reading
        if _HALF.search(text):
            months = 6  # 「委託料の総額の2分の1」, "50% of the total fees"
    elif _HALF.search(text) and _FEE.search(text):
        months = 6  # half of a fee: 「検証費用の2分の1」, "half of the fees paid"
    share = _CAP_SHARE_EN.search(text) if lang == "en" and months is not None else None
    if share is not None and months is not None:
        months = months * int(share.group("pct")) // 100
    return months


REFUSED = re.compile(
    r"ない|ません|せず|負わ(?!せ)|免|上限|限度|\b(?:not|no|never|disclaim\w*|exclud\w*|waive\w*|limit\w*|cap(?:s|ped)?)\b",
    re.I,
)
# a discretion, or a right "at any time" (「いつでも解約できる」): held by whoever the sentence gives it to
DISCRETION = re.compile(
    r"裁量|いつでも|随時|任意に|\b(?:discretion|at\s+any\s+time|for\s+any\s+reason|at\s+will)\b", re.I
)
PERMISSION = re.compile(
    r"でき(?:る|ます)|ことができ|自由に|\b(?:may|is\s+free\s+to|(?:is|are)\s+entitled\s+to)\b", re.I
)
