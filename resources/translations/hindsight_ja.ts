<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActionItemPriority</name>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Middle</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
</context>
<context>
    <name>ActionItemStatus</name>
    <message>
        <source>Not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Won&apos;t do</source>
        <translation>対応しない</translation>
    </message>
</context>
<context>
    <name>ActionItemStore</name>
    <message>
        <source>An action item needs a title.</source>
        <translation>アクションアイテムにはタイトルが必要です。</translation>
    </message>
    <message>
        <source>The action item&apos;s incident is not in %1.</source>
        <translation>アクションアイテムのインシデントが %1 にありません。</translation>
    </message>
    <message>
        <source>number an action item</source>
        <translation>アクションアイテムの採番</translation>
    </message>
    <message>
        <source>the store has no action item counter</source>
        <translation>ストアにアクションアイテムのカウンターがありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action item ID: IDs look like A12 (or just 12).</source>
        <translation>&apos;%1&apos; はアクションアイテムの ID ではありません: ID は A12 のような形式です (12 だけでも可)。</translation>
    </message>
    <message>
        <source>There is no action item A%1 in %2.</source>
        <translation>%2 にアクションアイテム A%1 はありません。</translation>
    </message>
    <message>
        <source>There is no action item %1 in %2.</source>
        <translation>%2 にアクションアイテム %1 はありません。</translation>
    </message>
</context>
<context>
    <name>ActionItemType</name>
    <message>
        <source>Repair</source>
        <translation>修復</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>調査</translation>
    </message>
    <message>
        <source>Prevent recurrence</source>
        <translation>再発防止</translation>
    </message>
    <message>
        <source>Improve</source>
        <translation>改善</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Add an action item to an incident and print its ID.</source>
        <translation>インシデントにアクションアイテムを追加し、その ID を表示します。</translation>
    </message>
    <message>
        <source>List action items, soonest due first.</source>
        <translation>アクションアイテムを期限の近い順に一覧表示します。</translation>
    </message>
    <message>
        <source>Change an action item.</source>
        <translation>アクションアイテムを変更します。</translation>
    </message>
    <message>
        <source>Create an incident and print its number.</source>
        <translation>インシデントを作成し、その番号を表示します。</translation>
    </message>
    <message>
        <source>Append an entry to an incident&apos;s investigation log.</source>
        <translation>インシデントの調査ログにエントリーを追記します。</translation>
    </message>
    <message>
        <source>List incidents, open ones first.</source>
        <translation>インシデントを未解決のものから順に一覧表示します。</translation>
    </message>
    <message>
        <source>Show an incident with its investigation log.</source>
        <translation>インシデントを調査ログとともに表示します。</translation>
    </message>
    <message>
        <source>Change an incident&apos;s fields.</source>
        <translation>インシデントの項目を変更します。</translation>
    </message>
    <message>
        <source>Search incidents, investigation logs and playbooks.</source>
        <translation>インシデント、調査ログ、プレイブックを検索します。</translation>
    </message>
    <message>
        <source>Write an incident&apos;s postmortem as Markdown, HTML or PDF.</source>
        <translation>インシデントのポストモーテムを Markdown、HTML、PDF で書き出します。</translation>
    </message>
    <message>
        <source>Publish an incident&apos;s postmortem to GitHub Discussions, or update it.</source>
        <translation>インシデントのポストモーテムを GitHub Discussions に公開、または更新します。</translation>
    </message>
    <message>
        <source>Show or write an incident&apos;s postmortem.</source>
        <translation>インシデントのポストモーテムを表示または記述します。</translation>
    </message>
    <message>
        <source>Record the review of a postmortem, submit, approve or reopen it.</source>
        <translation>ポストモーテムのレビューを記録し、提出、承認、差し戻しを行います。</translation>
    </message>
    <message>
        <source>Add, list, show and change playbooks, or make one from an incident.</source>
        <translation>プレイブックの追加、一覧表示、表示、変更、またはインシデントからの作成を行います。</translation>
    </message>
    <message>
        <source>Suggest the playbooks and past incidents most like an incident.</source>
        <translation>インシデントに最も似たプレイブックと過去のインシデントを提案します。</translation>
    </message>
    <message>
        <source>Show incident, recovery, action item and review figures per month.</source>
        <translation>インシデント、復旧、アクションアイテム、レビューの月別の数値を表示します。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the store, safe while it is in use.</source>
        <translation>ストアの一貫したコピーを書き出します。使用中でも安全です。</translation>
    </message>
    <message>
        <source>Replace the store with a checked backup, keeping the previous one aside.</source>
        <translation>ストアを検査済みのバックアップで置き換え、以前のストアは別に残します。</translation>
    </message>
    <message>
        <source>Check the store&apos;s integrity and report.</source>
        <translation>ストアの整合性を検査して報告します。</translation>
    </message>
    <message>
        <source>Write every incident as Markdown with its attachments, and an index.</source>
        <translation>すべてのインシデントを添付ファイルとともに Markdown で書き出し、索引を作ります。</translation>
    </message>
    <message>
        <source>Import postmortems written in the template, as new incidents.</source>
        <translation>テンプレートで書かれたポストモーテムを新しいインシデントとして取り込みます。</translation>
    </message>
    <message>
        <source>Add a playbook and print its ID.</source>
        <translation>プレイブックを追加し、その ID を表示します。</translation>
    </message>
    <message>
        <source>List playbooks by title.</source>
        <translation>プレイブックをタイトル順に一覧表示します。</translation>
    </message>
    <message>
        <source>Show a playbook.</source>
        <translation>プレイブックを表示します。</translation>
    </message>
    <message>
        <source>Change a playbook.</source>
        <translation>プレイブックを変更します。</translation>
    </message>
    <message>
        <source>Make a playbook from an incident&apos;s investigation log and print its ID.</source>
        <translation>インシデントの調査ログからプレイブックを作成し、その ID を表示します。</translation>
    </message>
    <message>
        <source>Delete a mistaken action item; its ID is not used again.</source>
        <translation>誤って作ったアクションアイテムを削除します。その ID は再利用されません。</translation>
    </message>
    <message>
        <source>Add, list, change and remove action items.</source>
        <translation>アクションアイテムの追加、一覧表示、変更、削除を行います。</translation>
    </message>
</context>
<context>
    <name>HeadAttendanceDecision</name>
    <message>
        <source>Not decided</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>Attendance needed</source>
        <translation>出席が必要</translation>
    </message>
    <message>
        <source>Attendance not needed</source>
        <translation>出席は不要</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <source>Investigating</source>
        <translation>調査中</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>緩和済み</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>クローズ</translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>%1 changed from %2 to %3.</source>
        <translation>%1 を %2 から %3 に変更しました。</translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translation>インシデントにはタイトルが必要です。</translation>
    </message>
    <message>
        <source>An occurrence window needs a start, and its end may not come before its start.</source>
        <translation>発生期間には開始が必要で、終了は開始より前にできません。</translation>
    </message>
    <message>
        <source>A related link needs a URL.</source>
        <translation>関連リンクには URL が必要です。</translation>
    </message>
    <message>
        <source>There is no incident %1 in %2.</source>
        <translation>%2 にインシデント %1 はありません。</translation>
    </message>
    <message>
        <source>The incident was deleted from %1.</source>
        <translation>インシデントは %1 から削除されました。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message numerus="yes">
        <source>- %1: %n problem(s)</source>
        <translation>
            <numerusform>- %1: %n 件の問題</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvestigationLog</name>
    <message>
        <source>A log entry needs some text.</source>
        <translation>ログエントリーには本文が必要です。</translation>
    </message>
    <message>
        <source>The incident of this entry is not in %1.</source>
        <translation>このエントリーのインシデントが %1 にありません。</translation>
    </message>
    <message>
        <source>There is no log entry %1 in %2.</source>
        <translation>%2 にログエントリー %1 はありません。</translation>
    </message>
    <message>
        <source>A log entry holds at most %1 characters; this one has %2. Nothing was logged: log the lines that matter, and link to where the whole text is kept.</source>
        <translation>ログエントリーに書けるのは最大 %1 文字ですが、これは %2 文字あります。何も記録していません: 重要な行だけを記録し、全文の置き場所へのリンクを付けてください。</translation>
    </message>
</context>
<context>
    <name>LogEntryKind</name>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>仮説</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>発見</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Dead end</source>
        <translation>行き止まり</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
</context>
<context>
    <name>PersonRole</name>
    <message>
        <source>SRE</source>
        <translation>SRE</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>開発</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>ファシリテーター</translation>
    </message>
    <message>
        <source>Head of department</source>
        <translation>部門長</translation>
    </message>
</context>
<context>
    <name>PlaybookStore</name>
    <message>
        <source>A playbook needs a title.</source>
        <translation>プレイブックにはタイトルが必要です。</translation>
    </message>
    <message>
        <source>The playbook&apos;s incident is not in %1.</source>
        <translation>プレイブックのインシデントが %1 にありません。</translation>
    </message>
    <message>
        <source>number a playbook</source>
        <translation>プレイブックの採番</translation>
    </message>
    <message>
        <source>the store has no playbook counter</source>
        <translation>ストアにプレイブックのカウンターがありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a playbook ID: IDs look like P3 (or just 3).</source>
        <translation>&apos;%1&apos; はプレイブックの ID ではありません: ID は P3 のような形式です (3 だけでも可)。</translation>
    </message>
    <message>
        <source>There is no playbook P%1 in %2.</source>
        <translation>%2 にプレイブック P%1 はありません。</translation>
    </message>
    <message>
        <source>There is no playbook %1 in %2.</source>
        <translation>%2 にプレイブック %1 はありません。</translation>
    </message>
    <message>
        <source>Playbook %1 is already in %2.</source>
        <translation>プレイブック %1 はすでに %2 にあります。</translation>
    </message>
</context>
<context>
    <name>PostmortemReview</name>
    <message>
        <source>Incident #%1 has no postmortem yet: start one first.</source>
        <translation>インシデント #%1 にはまだポストモーテムがありません: 先に作成してください。</translation>
    </message>
    <message>
        <source>The incident is not in %1.</source>
        <translation>インシデントが %1 にありません。</translation>
    </message>
</context>
<context>
    <name>PostmortemStore</name>
    <message>
        <source>The postmortem&apos;s incident is not in %1.</source>
        <translation>ポストモーテムのインシデントが %1 にありません。</translation>
    </message>
</context>
<context>
    <name>ReviewState</name>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>レビュー中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開済み</translation>
    </message>
</context>
<context>
    <name>SampleIncident</name>
    <message>
        <source>Alert: checkout p99 latency 2.4 s (threshold 2 s).</source>
        <translation>アラート: checkout の p99 レイテンシ 2.4 秒 (しきい値 2 秒)。</translation>
    </message>
    <message>
        <source>Yesterday&apos;s release `2026.11.3` changed the payment client&apos;s timeouts?</source>
        <translation>昨日のリリース `2026.11.3` で決済クライアントのタイムアウトが変わった?</translation>
    </message>
    <message>
        <source>Rolled back `2026.11.3` on one canary: latency unchanged. Not the release.</source>
        <translation>カナリア 1 台で `2026.11.3` をロールバック: レイテンシは変わらず。リリースが原因ではない。</translation>
    </message>
    <message>
        <source>DB connection pool saturated: `max=10`, 10 in use since 13:02.

| pool | in use | waiting |
|---|---|---|
| payments | 10 | 37 |</source>
        <translation>DB コネクションプールが飽和: `max=10`、13:02 から 10 本すべて使用中。

| プール | 使用中 | 待機中 |
|---|---|---|
| payments | 10 | 37 |</translation>
    </message>
    <message>
        <source>Raise the pool to 30 now; find out why it filled up afterwards.</source>
        <translation>ひとまずプールを 30 に増やす。埋まった原因は後で調べる。</translation>
    </message>
    <message>
        <source>Pool raised to 30 on all pods.</source>
        <translation>全 Pod でプールを 30 に増やした。</translation>
    </message>
    <message>
        <source>p99 back to 300 ms. Watching for an hour.</source>
        <translation>p99 は 300 ms に戻った。1 時間様子を見る。</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Middle</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>The incident is not in %1.</source>
        <translation>インシデントが %1 にありません。</translation>
    </message>
</context>
<context>
    <name>hindsight</name>
    <message>
        <source>Incidents per month, by severity (detected; exercises left out)</source>
        <translation>月別のインシデント数 (重大度別。検知月で集計、演習は除外)</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>月</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Mean minutes from detection to mitigation and to resolution (incidents detected then)</source>
        <translation>検知から緩和・解決までの平均時間 (分。その月に検知したインシデント)</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>MITIGATED</source>
        <translation>緩和済み</translation>
    </message>
    <message>
        <source>TO MITIGATE</source>
        <translation>緩和まで</translation>
    </message>
    <message>
        <source>RESOLVED</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>TO RESOLVE</source>
        <translation>解決まで</translation>
    </message>
    <message>
        <source>Action items opened and closed per month</source>
        <translation>月別に作成・完了したアクションアイテム</translation>
    </message>
    <message>
        <source>OPENED</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>CLOSED</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Postmortems approved within %1 days of resolution (by month of resolution)</source>
        <translation>解決から %1 日以内に承認されたポストモーテム (解決月別)</translation>
    </message>
    <message>
        <source>IN TIME</source>
        <translation>期限内</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>未承認</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>standard input is not valid UTF-8 text; nothing was written.</source>
        <translation>標準入力が有効な UTF-8 テキストではありません。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>--incident &apos;%1&apos; is not an incident number such as 12.</source>
        <translation>--incident &apos;%1&apos; は 12 のようなインシデント番号ではありません。</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>作成元</translation>
    </message>
    <message>
        <source>an incident no longer in the store</source>
        <translation>ストアにもう存在しないインシデント</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>想定外の引数 &apos;%1&apos; があります。</translation>
    </message>
    <message>
        <source>--title is required.</source>
        <translation>--title は必須です。</translation>
    </message>
    <message>
        <source>Only playbooks with this tag.</source>
        <translation>このタグを持つプレイブックのみ。</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>Only playbooks whose title, trigger or body contain every word of TEXT.</source>
        <translation>タイトル、トリガー、本文に TEXT の語をすべて含むプレイブックのみ。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>No playbooks. Add one with: hindsight playbook add --title TEXT --trigger TEXT --body TEXT, or make one from an incident: hindsight playbook from-incident NUMBER</source>
        <translation>プレイブックがありません。追加するには: hindsight playbook add --title TEXT --trigger TEXT --body TEXT、インシデントから作成するには: hindsight playbook from-incident NUMBER</translation>
    </message>
    <message>
        <source>No playbooks match.</source>
        <translation>一致するプレイブックはありません。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>作成元</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>The playbook&apos;s ID, such as P3.</source>
        <translation>プレイブックの ID (P3 など)。</translation>
    </message>
    <message>
        <source>give one playbook ID, such as P3.</source>
        <translation>プレイブックの ID を 1 つ指定してください (P3 など)。</translation>
    </message>
    <message>
        <source>give one playbook ID (such as P3), then what to change.</source>
        <translation>プレイブックの ID を 1 つ (P3 など) 指定し、続けて変更内容を指定してください。</translation>
    </message>
    <message>
        <source>nothing to change: give --title, --trigger, --body, --tag or --incident.</source>
        <translation>変更する項目がありません: --title、--trigger、--body、--tag、--incident のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--title cannot be empty.</source>
        <translation>--title は空にできません。</translation>
    </message>
    <message>
        <source>The language of its headings: ja or en (default: ja when your locale is Japanese, else en).</source>
        <translation>見出しの言語: ja または en (既定: ロケールが日本語なら ja、それ以外は en)。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Only show the draft; save nothing (to edit it, then &apos;playbook add&apos;).</source>
        <translation>下書きを表示するだけで何も保存しません (編集してから &apos;playbook add&apos; で追加するため)。</translation>
    </message>
    <message>
        <source>With --print, print the draft as JSON.</source>
        <translation>--print と併せて、下書きを JSON で出力します。</translation>
    </message>
    <message>
        <source>The incident&apos;s number.</source>
        <translation>インシデントの番号。</translation>
    </message>
    <message>
        <source>give one incident number.</source>
        <translation>インシデント番号を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>--lang must be ja or en.</source>
        <translation>--lang は ja または en でなければなりません。</translation>
    </message>
    <message>
        <source>--json goes with --print.</source>
        <translation>--json は --print と併せて使います。</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (既定)</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <source>category</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source> (from your locale)</source>
        <translation> (ロケールから)</translation>
    </message>
    <message>
        <source>Postmortem of #%1 %2</source>
        <translation>#%1 %2 のポストモーテム</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>レビュー状態</translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation>レビュー会議</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Head of department</source>
        <translation>部門長</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>did not attend</source>
        <translation>欠席</translation>
    </message>
    <message>
        <source>Their attendance</source>
        <translation>出席の要否</translation>
    </message>
    <message>
        <source>Missing before it can be submitted for review:</source>
        <translation>レビューに提出する前に足りないもの:</translation>
    </message>
    <message>
        <source>Next: hindsight review %1 --submit</source>
        <translation>次: hindsight review %1 --submit</translation>
    </message>
    <message>
        <source>Missing before it can be approved:</source>
        <translation>承認する前に足りないもの:</translation>
    </message>
    <message>
        <source>Next: hindsight review %1 --approve</source>
        <translation>次: hindsight review %1 --approve</translation>
    </message>
    <message>
        <source>The incident can be closed: hindsight set %1 --status closed</source>
        <translation>インシデントをクローズできます: hindsight set %1 --status closed</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Related link</source>
        <translation>関連リンク</translation>
    </message>
    <message>
        <source>People</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Affected products</source>
        <translation>影響を受けたプロダクト</translation>
    </message>
    <message>
        <source>Related incident %1</source>
        <translation>関連インシデント %1</translation>
    </message>
    <message>
        <source>Log entry at %1</source>
        <translation>%1 のログエントリー</translation>
    </message>
    <message>
        <source>Attachment name</source>
        <translation>添付ファイル名</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>問題の原因</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>うまくいったこと</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>うまくいかなかったこと</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>幸運だったこと</translation>
    </message>
    <message>
        <source>Review attendees</source>
        <translation>レビュー出席者</translation>
    </message>
    <message>
        <source>Action item &quot;%1&quot;</source>
        <translation>アクションアイテム「%1」</translation>
    </message>
    <message>
        <source>incident #%1</source>
        <translation>インシデント #%1</translation>
    </message>
    <message>
        <source>The incident has no summary: say briefly what happened.</source>
        <translation>インシデントに概要がありません: 何が起きたかを簡潔に書いてください。</translation>
    </message>
    <message>
        <source>The root cause is empty.</source>
        <translation>問題の原因が空です。</translation>
    </message>
    <message>
        <source>Lessons learned: &quot;What went well&quot; is empty.</source>
        <translation>教訓: 「うまくいったこと」が空です。</translation>
    </message>
    <message>
        <source>Lessons learned: &quot;What went wrong&quot; is empty.</source>
        <translation>教訓: 「うまくいかなかったこと」が空です。</translation>
    </message>
    <message>
        <source>Lessons learned: &quot;Where we got lucky&quot; is empty.</source>
        <translation>教訓: 「幸運だったこと」が空です。</translation>
    </message>
    <message>
        <source>There is no action item: a %1 incident needs at least one, to keep it from happening again.</source>
        <translation>アクションアイテムがありません: 重大度 %1 のインシデントには、再発を防ぐために少なくとも 1 つ必要です。</translation>
    </message>
    <message>
        <source>Action item %1 &quot;%2&quot; has no owner.</source>
        <translation>アクションアイテム %1「%2」に担当者がいません。</translation>
    </message>
    <message>
        <source>Action item %1 &quot;%2&quot; has no due date.</source>
        <translation>アクションアイテム %1「%2」に期限がありません。</translation>
    </message>
    <message>
        <source>The date of the review meeting is not recorded.</source>
        <translation>レビュー会議の日付が記録されていません。</translation>
    </message>
    <message>
        <source>The attendees of the review meeting are not recorded.</source>
        <translation>レビュー会議の出席者が記録されていません。</translation>
    </message>
    <message>
        <source>For a High incident the facilitator decides whether the head of department had to attend the review, and that decision is not recorded.</source>
        <translation>重大度 High のインシデントでは、部門長がレビューに出席する必要があるかをファシリテーターが判断しますが、その判断が記録されていません。</translation>
    </message>
    <message>
        <source>The facilitator decided that the head of department had to attend the review, but they are not recorded as having attended.</source>
        <translation>ファシリテーターは部門長のレビュー出席が必要と判断しましたが、部門長の出席が記録されていません。</translation>
    </message>
    <message>
        <source>A Critical postmortem can only be approved when the head of department attended the review, and they are not recorded as having attended. Hold the review with them, or record that they attended.</source>
        <translation>重大度 Critical のポストモーテムは、部門長がレビューに出席した場合にのみ承認できますが、部門長の出席が記録されていません。部門長とレビューを行うか、出席を記録してください。</translation>
    </message>
    <message>
        <source>The postmortem of %1 is already in review.</source>
        <translation>%1 のポストモーテムはすでにレビュー中です。</translation>
    </message>
    <message>
        <source>The postmortem of %1 is already approved.</source>
        <translation>%1 のポストモーテムはすでに承認されています。</translation>
    </message>
    <message>
        <source>The postmortem of %1 is already published.</source>
        <translation>%1 のポストモーテムはすでに公開されています。</translation>
    </message>
    <message>
        <source>The postmortem of %1 is not ready for review:</source>
        <translation>%1 のポストモーテムはまだレビューに出せません:</translation>
    </message>
    <message>
        <source>The postmortem of %1 is still a draft: submit it for review, hold the review meeting, then approve it.</source>
        <translation>%1 のポストモーテムはまだ下書きです: レビューに提出し、レビュー会議を行ってから承認してください。</translation>
    </message>
    <message>
        <source>The postmortem of %1 cannot be approved yet:</source>
        <translation>%1 のポストモーテムはまだ承認できません:</translation>
    </message>
    <message>
        <source>The postmortem of %1 is already a draft.</source>
        <translation>%1 のポストモーテムはすでに下書きです。</translation>
    </message>
    <message>
        <source>Incident #%1 is closed, and a closed %2 incident keeps its approved postmortem. Set the incident&apos;s status back to resolved first.</source>
        <translation>インシデント #%1 はクローズ済みで、クローズした重大度 %2 のインシデントは承認済みのポストモーテムを保持します。先にインシデントのステータスを解決済みに戻してください。</translation>
    </message>
    <message>
        <source>Only an approved postmortem can be published; this one is still a draft.</source>
        <translation>公開できるのは承認済みのポストモーテムだけです。これはまだ下書きです。</translation>
    </message>
    <message>
        <source>Only an approved postmortem can be published; this one is still in review.</source>
        <translation>公開できるのは承認済みのポストモーテムだけです。これはまだレビュー中です。</translation>
    </message>
    <message>
        <source>The postmortem is approved: reopen it as a draft to change it, then have it approved again.</source>
        <translation>ポストモーテムは承認済みです: 変更するには下書きに戻し、あらためて承認を受けてください。</translation>
    </message>
    <message>
        <source>The postmortem is published: reopen it as a draft to change it, then have it approved and publish it again.</source>
        <translation>ポストモーテムは公開済みです: 変更するには下書きに戻し、あらためて承認を受けてから再度公開してください。</translation>
    </message>
    <message>
        <source>Incident #%1 is %2 and cannot be closed yet: an incident of Middle severity or above is closed only once its postmortem has been reviewed and approved.</source>
        <translation>インシデント #%1 は%2のため、まだクローズできません: 重大度 Middle 以上のインシデントは、ポストモーテムがレビューされ承認されてからクローズします。</translation>
    </message>
    <message>
        <source>It has no postmortem yet: start one, write the root cause, the lessons and the action items, submit it for review and approve it after the review meeting.</source>
        <translation>まだポストモーテムがありません: 作成して問題の原因、教訓、アクションアイテムを書き、レビューに提出し、レビュー会議の後で承認してください。</translation>
    </message>
    <message>
        <source>Its postmortem is a draft: complete it and submit it for review, then approve it after the review meeting.</source>
        <translation>ポストモーテムは下書きです: 完成させてレビューに提出し、レビュー会議の後で承認してください。</translation>
    </message>
    <message>
        <source>Its postmortem is in review: record the review meeting, then approve it.</source>
        <translation>ポストモーテムはレビュー中です: レビュー会議を記録してから承認してください。</translation>
    </message>
    <message>
        <source>[Sample] Checkout API: p99 latency above 2 s</source>
        <translation>[サンプル] Checkout API: p99 レイテンシが 2 秒超</translation>
    </message>
    <message>
        <source>A sample incident to look around in. It is marked as an exercise, so it never counts in statistics. Delete it or keep it as a reference.</source>
        <translation>操作を試すためのサンプルインシデントです。演習として扱われるため、統計には含まれません。削除しても、参考として残しても構いません。</translation>
    </message>
    <message>
        <source>Latency monitor</source>
        <translation>レイテンシ監視</translation>
    </message>
    <message>
        <source>the SQLite driver gave no connection to copy with</source>
        <translation>SQLite ドライバーからコピーに使う接続を得られませんでした</translation>
    </message>
    <message>
        <source>it is not an SQLite database at all</source>
        <translation>SQLite データベースではありません</translation>
    </message>
    <message>
        <source>SQLite cannot open it (%1)</source>
        <translation>SQLite で開けません (%1)</translation>
    </message>
    <message>
        <source>SQLite cannot read it (%1)</source>
        <translation>SQLite で読み取れません (%1)</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program, not a Hindsight store</source>
        <translation>別のプログラムの SQLite データベースで、Hindsight のストアではありません</translation>
    </message>
    <message>
        <source>it was written by a newer version of Hindsight (store version %1; this version understands up to %2): update Hindsight to use it</source>
        <translation>より新しいバージョンの Hindsight で書かれています (ストアのバージョン %1、このバージョンが扱えるのは %2 まで): 使うには Hindsight を更新してください</translation>
    </message>
    <message>
        <source>it is damaged: SQLite&apos;s integrity check reports &quot;%1&quot;</source>
        <translation>破損しています: SQLite の整合性チェックが「%1」を報告しています</translation>
    </message>
    <message>
        <source>SQLite cannot read its incidents (%1)</source>
        <translation>SQLite でインシデントを読み取れません (%1)</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the name of the backup file to write.</source>
        <translation>%1 はフォルダーです。書き出すバックアップファイルの名前を指定してください。</translation>
    </message>
    <message>
        <source>%1 is the store itself. Give the name of another file for the backup.</source>
        <translation>%1 はストアそのものです。バックアップには別のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>%1 is in use (%2 exists): it was left unchanged. Close what has it open, or choose another file name.</source>
        <translation>%1 は使用中です (%2 が存在します): 変更していません。開いているものを閉じるか、別のファイル名を選んでください。</translation>
    </message>
    <message>
        <source>%1 already exists and is not a Hindsight backup. It was left unchanged: choose another file name.</source>
        <translation>%1 はすでに存在し、Hindsight のバックアップではありません。変更していません: 別のファイル名を選んでください。</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the backup.</source>
        <translation>バックアップ用のフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>バックアップ %1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not copy the store to %1: %2. Nothing was written there.</source>
        <translation>ストアを %1 にコピーできませんでした: %2。そこには何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The copy of the store failed its check (%1), so it was not written to %2. Run &apos;hindsight check&apos; on the store.</source>
        <translation>ストアのコピーが検査に通らなかったため (%1)、%2 には書き込んでいません。ストアに対して &apos;hindsight check&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Could not write the backup %1 to the disk.</source>
        <translation>バックアップ %1 をディスクに書き込めませんでした。</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. Nothing was changed.</source>
        <translation>%1 は復元できません: %2。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 does not exist. Nothing was changed.</source>
        <translation>%1 は存在しません。何も変更していません。</translation>
    </message>
    <message>
        <source>it is a folder, not a backup file</source>
        <translation>フォルダーであり、バックアップファイルではありません</translation>
    </message>
    <message>
        <source>it is open in another program, or was not closed cleanly (%1 holds changes not yet in it). Close that program, or open the file once with &apos;hindsight --db&apos; and quit, then try again</source>
        <translation>別のプログラムで開かれているか、正しく閉じられていません (%1 に未反映の変更があります)。そのプログラムを閉じるか、&apos;hindsight --db&apos; で一度開いて終了してから、もう一度試してください</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>読み取れません (%1)</translation>
    </message>
    <message>
        <source>Hindsight has it open as a store right now; close it first</source>
        <translation>Hindsight がいまストアとして開いています。先に閉じてください</translation>
    </message>
    <message>
        <source>Search index %1</source>
        <translation>検索インデックス %1</translation>
    </message>
    <message>
        <source>The keychain has no token for %1 either (%2) Nothing was sent.</source>
        <translation>キーチェーンにも %1 のトークンがありません (%2) 何も送信していません。</translation>
    </message>
    <message>
        <source>No GitHub token: %1, %2 and %3 are not set, and the keychain has none for %4 (%5) Store one with &apos;hindsight publish --save-token &lt; FILE&apos;, or set HINDSIGHT_GITHUB_TOKEN.</source>
        <translation>GitHub トークンがありません: %1、%2、%3 が設定されておらず、キーチェーンにも %4 のトークンがありません (%5) &apos;hindsight publish --save-token &lt; FILE&apos; で保存するか、HINDSIGHT_GITHUB_TOKEN を設定してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full (%2 KiB free, %3 KiB needed). Nothing was written there; free some space or choose another place, then try again.</source>
        <translation>%1 に書き込めません: ディスクがいっぱいです (空き %2 KiB、必要 %3 KiB)。そこには何も書き込んでいません。空き容量を増やすか別の場所を選んでから、もう一度試してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>edit playbook %1</source>
        <translation>プレイブック %1 の編集</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is never closed with &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; が &apos;%2&apos; で閉じられていません。</translation>
    </message>
    <message>
        <source>%1: &apos;.&apos; means the current item of a list of texts, and there is none here.</source>
        <translation>%1: &apos;.&apos; はテキストのリストの現在の項目を表しますが、ここにはありません。</translation>
    </message>
    <message>
        <source>%1: there is no section &apos;%2&apos; here.</source>
        <translation>%1: ここにセクション &apos;%2&apos; はありません。</translation>
    </message>
    <message>
        <source>%1 closes a section that is not open.</source>
        <translation>%1 は開かれていないセクションを閉じています。</translation>
    </message>
    <message>
        <source>%1 comes before {{/%2}}, which closes the section opened on line %3.</source>
        <translation>%1 が、%3 行目で開いたセクションを閉じる {{/%2}} より前にあります。</translation>
    </message>
    <message>
        <source>%1 is a list: show its items with {{#%2}}…{{/%2}}.</source>
        <translation>%1 はリストです: {{#%2}}…{{/%2}} で項目を表示してください。</translation>
    </message>
    <message>
        <source>%1 is a yes/no value: use it as a section, {{#%2}}…{{/%2}}.</source>
        <translation>%1 ははい/いいえの値です: セクション {{#%2}}…{{/%2}} として使ってください。</translation>
    </message>
    <message>
        <source>%1: there is no value &apos;%2&apos; here.</source>
        <translation>%1: ここに値 &apos;%2&apos; はありません。</translation>
    </message>
    <message>
        <source>Sections are nested more than %1 deep.</source>
        <translation>セクションの入れ子が %1 段を超えています。</translation>
    </message>
    <message>
        <source>%1: partials are not supported; copy the text in instead.</source>
        <translation>%1: パーシャルには対応していません。代わりに本文をコピーしてください。</translation>
    </message>
    <message>
        <source>%1: changing the delimiters is not supported.</source>
        <translation>%1: 区切り文字の変更には対応していません。</translation>
    </message>
    <message>
        <source>{{#%1}} is never closed: add {{/%1}} where the section ends.</source>
        <translation>{{#%1}} が閉じられていません: セクションの終わりに {{/%1}} を追加してください。</translation>
    </message>
    <message>
        <source>The redaction patterns cannot be used as written, so nothing was published. Fix or remove these lines:
%1</source>
        <translation>マスキングパターンをそのままでは使えないため、何も公開していません。次の行を修正または削除してください:
%1</translation>
    </message>
    <message>
        <source>The postmortem of incident #%1 is %2 characters long in Markdown, more than the %3 GitHub allows in a discussion, so nothing was sent. Its investigation log makes up %4 of them: shorten the longest entries (a pasted log can go into a file or a gist linked from the entry), then publish again. The whole document can still be exported with: hindsight export %1 -o postmortem.md</source>
        <translation>インシデント #%1 のポストモーテムは Markdown で %2 文字あり、GitHub がディスカッションで許す %3 文字を超えるため、何も送信していません。そのうち調査ログが %4 文字を占めています: 長いエントリーを短くしてから (貼り付けたログはファイルや gist にしてエントリーからリンクできます)、もう一度公開してください。ドキュメント全体は次のコマンドで書き出せます: hindsight export %1 -o postmortem.md</translation>
    </message>
    <message>
        <source>Discussions are not enabled in %1. A repository administrator can turn them on in the repository&apos;s Settings (General &gt; Features &gt; Discussions), or choose another repository.</source>
        <translation>%1 ではディスカッションが有効になっていません。リポジトリの管理者が Settings (General &gt; Features &gt; Discussions) で有効にするか、別のリポジトリを選んでください。</translation>
    </message>
    <message>
        <source>%1 has no discussion category &apos;%2&apos;. Its categories are: %3.</source>
        <translation>%1 にディスカッションカテゴリー &apos;%2&apos; はありません。カテゴリー: %3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 が %2 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>%1 did not finish its answer within %2 seconds.</source>
        <translation>%1 が %2 秒以内に応答を返し終えませんでした。</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 seconds.</source>
        <translation>%2 秒以内に %1 に接続できませんでした。</translation>
    </message>
    <message>
        <source>Cannot find %1 (%2): check the network connection, the address and the proxy settings.</source>
        <translation>%1 が見つかりません (%2): ネットワーク接続、アドレス、プロキシ設定を確認してください。</translation>
    </message>
    <message>
        <source>Cannot connect to %1 (%2): check the network connection and the proxy settings.</source>
        <translation>%1 に接続できません (%2): ネットワーク接続とプロキシ設定を確認してください。</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified (%2). Nothing was sent. Check the address, the system&apos;s certificate store (ca-certificates) or an intercepting proxy.</source>
        <translation>%1 の証明書を検証できませんでした (%2)。何も送信していません。アドレス、システムの証明書ストア (ca-certificates)、または通信を中継するプロキシを確認してください。</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole answer arrived (%2).</source>
        <translation>応答をすべて受け取る前に %1 との接続が閉じられました (%2)。</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB.</source>
        <translation>%1 からの応答が %2 MiB を超えています。</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2.</source>
        <translation>%1 へのリクエストに失敗しました: %2。</translation>
    </message>
    <message>
        <source>The file is read-only and could not be copied to check it: %1</source>
        <translation>ファイルが読み取り専用で、検査のためにコピーすることもできませんでした: %1</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>検索インデックス</translation>
    </message>
</context>
<context>
    <name>hindsight::ActionItemDelegate</name>
    <message>
        <source>Cannot read “%1” as a due date, so it was not changed. Write it as %2.</source>
        <translation>「%1」は期日として読めないため、変更していません。%2 のように書いてください。</translation>
    </message>
    <message>
        <source>tomorrow, +3d, 2026-12-15…</source>
        <translation>明日、3日後、2026-12-15…</translation>
    </message>
    <message>
        <source>15 Dec 2026</source>
        <translation>2026年12月15日</translation>
    </message>
    <message>
        <source>%1, today, tomorrow, +3d, friday, next friday, 明日, 来週金曜; empty for none</source>
        <translation>%1、今日、明日、3日後、+3d、金曜、来週金曜、tomorrow、next friday など。空欄なら期日なし</translation>
    </message>
</context>
<context>
    <name>hindsight::ActionItemModel</name>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>%1 から期限超過</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>アクションアイテム</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>トラッカー</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
</context>
<context>
    <name>hindsight::ActionItemOptions</name>
    <message>
        <source>What is to be done.</source>
        <translation>やるべきこと。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>%1 のいずれか。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Who does it: a team or a person.</source>
        <translation>担当: チームまたは個人。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>When it is due, as YYYY-MM-DD.</source>
        <translation>期限 (YYYY-MM-DD 形式)。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Its ticket in the tracker.</source>
        <translation>トラッカーのチケット。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>hindsight::ActionRegister</name>
    <message>
        <source>Action items: %1 open, %2 overdue</source>
        <translation>アクションアイテム: 未完了 %1 件、期限超過 %2 件</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>期限超過のみ</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>すべての担当</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>すべての優先度</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Any incident</source>
        <translation>すべてのインシデント</translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n 件を表示中</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open incident</source>
        <translation>インシデントを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>ステータスを設定(&amp;S)</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>インシデントを開く</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
</context>
<context>
    <name>hindsight::AddActionItemCommand</name>
    <message>
        <source>Add action item</source>
        <translation>アクションアイテムを追加</translation>
    </message>
    <message>
        <source>Add action item %1</source>
        <translation>アクションアイテム %1 の追加</translation>
    </message>
</context>
<context>
    <name>hindsight::AppendEntryCommand</name>
    <message>
        <source>Add log entry</source>
        <translation>ログエントリーを追加</translation>
    </message>
</context>
<context>
    <name>hindsight::BackupActions</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Check store</source>
        <translation>ストアを検査(&amp;C)</translation>
    </message>
    <message>
        <source>Hindsight stores (%1);;All files (*)</source>
        <translation>Hindsight ストア (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>ストアをバックアップ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>The store was backed up to %1 and the copy checked.</source>
        <translation>ストアを %1 にバックアップし、コピーを検査しました。</translation>
    </message>
    <message numerus="yes">
        <source>Replace everything in the store with the backup %1 (%n incident(s))?</source>
        <translation>
            <numerusform>ストアの内容をすべてバックアップ %1 (インシデント %n 件) で置き換えますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>The store as it is now is kept beside it as a copy, and the window shows the restored data at once. Undo history is cleared.</source>
        <translation>現在のストアはコピーとして隣に残され、ウィンドウには復元したデータがすぐに表示されます。元に戻す履歴は消去されます。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 を復元しました。</translation>
    </message>
    <message>
        <source>Restored %1. The previous store is kept as %2.</source>
        <translation>%1 を復元しました。以前のストアは %2 として残しています。</translation>
    </message>
    <message>
        <source>The store is sound</source>
        <translation>ストアは正常です</translation>
    </message>
    <message>
        <source>The store has problems</source>
        <translation>ストアに問題があります</translation>
    </message>
</context>
<context>
    <name>hindsight::CategoryPicker</name>
    <message>
        <source>Fetch categories</source>
        <translation>カテゴリーを取得</translation>
    </message>
    <message>
        <source>Ask GitHub for the repository&apos;s discussion categories</source>
        <translation>リポジトリのディスカッションカテゴリーを GitHub に問い合わせます</translation>
    </message>
    <message>
        <source>Looking for the GitHub token…</source>
        <translation>GitHub トークンを探しています…</translation>
    </message>
    <message>
        <source>Asking %1 for the categories of %2…</source>
        <translation>%1 に %2 のカテゴリーを問い合わせています…</translation>
    </message>
    <message>
        <source>Discussions are not enabled in %1. A repository administrator can turn them on in the repository&apos;s Settings (General &gt; Features &gt; Discussions).</source>
        <translation>%1 ではディスカッションが有効になっていません。リポジトリの管理者が Settings (General &gt; Features &gt; Discussions) で有効にできます。</translation>
    </message>
    <message>
        <source>%1 has no discussion categories.</source>
        <translation>%1 にはディスカッションカテゴリーがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no category &apos;%2&apos;: pick one of its %n categories.</source>
        <translation>
            <numerusform>%1 にカテゴリー &apos;%2&apos; はありません: %n 個のカテゴリーから選んでください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n categories in %1.</source>
        <translation>
            <numerusform>%1 のカテゴリー: %n 個。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::Cli</name>
    <message>
        <source>The store to use.</source>
        <translation>使用するストア。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>See &apos;hindsight %1 --help&apos;.</source>
        <translation>&apos;hindsight %1 --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>Usage: hindsight %1 [options] %2</source>
        <translation>使い方: hindsight %1 [オプション] %2</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>An action item&apos;s ID looks like A12, as &apos;hindsight action list&apos; shows it; 12 works too.</source>
        <translation>アクションアイテムの ID は &apos;hindsight action list&apos; に表示される A12 のような形式です。12 でも指定できます。</translation>
    </message>
    <message>
        <source>&apos;hindsight action COMMAND --help&apos; shows a command&apos;s options.</source>
        <translation>&apos;hindsight action COMMAND --help&apos; でコマンドのオプションを表示します。</translation>
    </message>
    <message>
        <source>The incident&apos;s number.</source>
        <translation>インシデントの番号。</translation>
    </message>
    <message>
        <source>give one incident number, then the item&apos;s --title, --type, --priority and --owner.</source>
        <translation>インシデント番号を 1 つ指定し、続けてアイテムの --title、--type、--priority、--owner を指定してください。</translation>
    </message>
    <message>
        <source>--title is required.</source>
        <translation>--title は必須です。</translation>
    </message>
    <message>
        <source>--type is required: one of %1.</source>
        <translation>--type は必須です: %1 のいずれか。</translation>
    </message>
    <message>
        <source>--type must be one of %1.</source>
        <translation>--type は %1 のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>--priority is required: one of %1.</source>
        <translation>--priority は必須です: %1 のいずれか。</translation>
    </message>
    <message>
        <source>--priority must be one of %1.</source>
        <translation>--priority は %1 のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>--owner is required: the team or the person who does it.</source>
        <translation>--owner は必須です: 対応するチームまたは個人。</translation>
    </message>
    <message>
        <source>--due &apos;%1&apos; is not a date such as 2026-12-31.</source>
        <translation>--due &apos;%1&apos; は 2026-12-31 のような日付ではありません。</translation>
    </message>
    <message>
        <source>--url &apos;%1&apos; is not a URL such as https://tracker.example.com/SRE-12.</source>
        <translation>--url &apos;%1&apos; は https://tracker.example.com/SRE-12 のような URL ではありません。</translation>
    </message>
    <message>
        <source>Only the items of this owner.</source>
        <translation>この担当のアイテムのみ。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only items in this status: open (neither done nor won&apos;t do) or %1.</source>
        <translation>このステータスのアイテムのみ: open (完了でも対応しないでもない) または %1。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Only items of this priority: %1.</source>
        <translation>この優先度のアイテムのみ: %1。</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Only items of this type: %1.</source>
        <translation>この種類のアイテムのみ: %1。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Only the items of this incident.</source>
        <translation>このインシデントのアイテムのみ。</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>Only open items past their due date.</source>
        <translation>期限を過ぎた未完了のアイテムのみ。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>hindsight action list: unexpected argument &apos;%1&apos;.</source>
        <translation>hindsight action list: 想定外の引数 &apos;%1&apos; があります。</translation>
    </message>
    <message>
        <source>--status must be open or one of %1.</source>
        <translation>--status は open または %1 のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>--incident &apos;%1&apos; is not an incident number such as 12.</source>
        <translation>--incident &apos;%1&apos; は 12 のようなインシデント番号ではありません。</translation>
    </message>
    <message>
        <source>No action items. Add one with: hindsight action add NUMBER --title TEXT --type TYPE --priority PRIORITY --owner NAME</source>
        <translation>アクションアイテムがありません。追加するには: hindsight action add NUMBER --title TEXT --type TYPE --priority PRIORITY --owner NAME</translation>
    </message>
    <message>
        <source>No action items match.</source>
        <translation>一致するアクションアイテムはありません。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>INCIDENT</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(期限超過)</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>%1 のいずれか。</translation>
    </message>
    <message>
        <source>When it is due, as YYYY-MM-DD; empty to clear.</source>
        <translation>期限 (YYYY-MM-DD 形式)。空にすると消去します。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Its ticket in the tracker; empty to clear.</source>
        <translation>トラッカーのチケット。空にすると消去します。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The action item&apos;s ID, such as A12.</source>
        <translation>アクションアイテムの ID (A12 など)。</translation>
    </message>
    <message>
        <source>give one action item ID (such as A12), then what to change.</source>
        <translation>アクションアイテムの ID を 1 つ (A12 など) 指定し、続けて変更内容を指定してください。</translation>
    </message>
    <message>
        <source>nothing to change: give --status, --title, --type, --priority, --owner, --due or --url.</source>
        <translation>変更する項目がありません: --status、--title、--type、--priority、--owner、--due、--url のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--status must be one of %1.</source>
        <translation>--status は %1 のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>--title cannot be empty.</source>
        <translation>--title は空にできません。</translation>
    </message>
    <message>
        <source>--owner cannot be empty: give the team or the person who does it.</source>
        <translation>--owner は空にできません: 対応するチームまたは個人を指定してください。</translation>
    </message>
    <message>
        <source>The backup file to write; an earlier backup of that name is replaced.</source>
        <translation>書き出すバックアップファイル。同じ名前の以前のバックアップは置き換えられます。</translation>
    </message>
    <message>
        <source>hindsight backup: give the file to write, e.g. hindsight backup ~/hindsight-backup.sqlite</source>
        <translation>hindsight backup: 書き出すファイルを指定してください。例: hindsight backup ~/hindsight-backup.sqlite</translation>
    </message>
    <message>
        <source>hindsight backup: there is no store at %1 yet, so there is nothing to back up.</source>
        <translation>hindsight backup: %1 にはまだストアがないため、バックアップするものがありません。</translation>
    </message>
    <message>
        <source>hindsight backup: wrote %1 (checked: intact).</source>
        <translation>hindsight backup: %1 を書き出しました (検査済み: 正常)。</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>復元するバックアップ。</translation>
    </message>
    <message>
        <source>hindsight restore: give the backup file to restore, e.g. hindsight restore ~/hindsight-backup.sqlite</source>
        <translation>hindsight restore: 復元するバックアップファイルを指定してください。例: hindsight restore ~/hindsight-backup.sqlite</translation>
    </message>
    <message numerus="yes">
        <source>hindsight restore: restored %1 (%n incident(s)) into %2.</source>
        <translation>
            <numerusform>hindsight restore: %1 (インシデント %n 件) を %2 に復元しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>hindsight restore: there was no store there before.</source>
        <translation>hindsight restore: 以前はそこにストアがありませんでした。</translation>
    </message>
    <message>
        <source>hindsight restore: the previous store is kept as %1.</source>
        <translation>hindsight restore: 以前のストアは %1 として残しています。</translation>
    </message>
    <message>
        <source>A store or backup file to check (default: the store).</source>
        <translation>検査するストアまたはバックアップファイル (既定: ストア)。</translation>
    </message>
    <message>
        <source>hindsight check: give at most one file.</source>
        <translation>hindsight check: ファイルは 1 つまでにしてください。</translation>
    </message>
    <message>
        <source>hindsight check: %1 has problems; see the report above.</source>
        <translation>hindsight check: %1 に問題があります。上の報告を参照してください。</translation>
    </message>
    <message>
        <source>The documents&apos; language: ja or en (default: ja when your locale is Japanese, else en).</source>
        <translation>ドキュメントの言語: ja または en (既定: ロケールが日本語なら ja、それ以外は en)。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Write into DIR even when it is not empty, replacing files of the same names.</source>
        <translation>DIR が空でなくても書き込み、同じ名前のファイルを置き換えます。</translation>
    </message>
    <message>
        <source>The folder to write to: empty or new.</source>
        <translation>書き出し先のフォルダー: 空または新規。</translation>
    </message>
    <message>
        <source>give the folder to write to, e.g. hindsight export-all ~/hindsight-archive</source>
        <translation>書き出し先のフォルダーを指定してください。例: hindsight export-all ~/hindsight-archive</translation>
    </message>
    <message>
        <source>--lang must be one of %1.</source>
        <translation>--lang は %1 のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>fix or remove these lines of the redaction patterns; nothing was exported.</source>
        <translation>マスキングパターンのこれらの行を修正または削除してください。何も書き出していません。</translation>
    </message>
    <message numerus="yes">
        <source>hindsight export-all: wrote %n incident(s)</source>
        <translation>
            <numerusform>hindsight export-all: インシデント %n 件を書き出しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>添付ファイル %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>redaction masked %n value(s).</source>
        <translation>
            <numerusform>マスキングで %n 個の値を伏せました。</numerusform>
        </translation>
    </message>
    <message>
        <source>hindsight export-all: the index is %1.</source>
        <translation>hindsight export-all: 索引は %1 です。</translation>
    </message>
    <message>
        <source>Usage: hindsight [--db PATH] [SUBCOMMAND [options]]</source>
        <translation>使い方: hindsight [--db PATH] [SUBCOMMAND [オプション]]</translation>
    </message>
    <message>
        <source>Hindsight keeps incidents, investigation logs and postmortems in one local store.</source>
        <translation>Hindsight はインシデント、調査ログ、ポストモーテムを 1 つのローカルストアで管理します。</translation>
    </message>
    <message>
        <source>Without a subcommand it opens the main window.</source>
        <translation>サブコマンドを指定しない場合はメインウィンドウを開きます。</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>サブコマンド:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>The store to use (default: $HINDSIGHT_DB, else %1).</source>
        <translation>使用するストア (既定: $HINDSIGHT_DB、なければ %1)。</translation>
    </message>
    <message>
        <source>Show this help; &apos;hindsight SUBCOMMAND --help&apos; shows a subcommand&apos;s.</source>
        <translation>このヘルプを表示します。&apos;hindsight SUBCOMMAND --help&apos; でサブコマンドのヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>hindsight: argument %1 is not valid UTF-8 text (check the terminal&apos;s encoding); nothing was done.</source>
        <translation>hindsight: 引数 %1 が有効な UTF-8 テキストではありません (端末のエンコーディングを確認してください)。何も行っていません。</translation>
    </message>
    <message>
        <source>hindsight: --db needs a path.</source>
        <translation>hindsight: --db にはパスが必要です。</translation>
    </message>
    <message>
        <source>hindsight: unknown option %1. See &apos;hindsight --help&apos;.</source>
        <translation>hindsight: 不明なオプション %1 です。&apos;hindsight --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>hindsight: unknown subcommand &apos;%1&apos;. See &apos;hindsight --help&apos;.</source>
        <translation>hindsight: 不明なサブコマンド &apos;%1&apos; です。&apos;hindsight --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>The incident&apos;s title (required).</source>
        <translation>インシデントのタイトル (必須)。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>One of %1 (required).</source>
        <translation>%1 のいずれか (必須)。</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>An affected product; repeat for several.</source>
        <translation>影響を受けたプロダクト。複数ある場合は繰り返し指定します。</translation>
    </message>
    <message>
        <source>What happened, in Markdown.</source>
        <translation>何が起きたか (Markdown)。</translation>
    </message>
    <message>
        <source>A drill or game day: kept out of statistics.</source>
        <translation>訓練またはゲームデイ: 統計から除外されます。</translation>
    </message>
    <message>
        <source>hindsight new: unexpected argument &apos;%1&apos;. Give the title with --title.</source>
        <translation>hindsight new: 想定外の引数 &apos;%1&apos; があります。タイトルは --title で指定してください。</translation>
    </message>
    <message>
        <source>hindsight new: --title is required.</source>
        <translation>hindsight new: --title は必須です。</translation>
    </message>
    <message>
        <source>hindsight new: --severity must be one of %1.</source>
        <translation>hindsight new: --severity は %1 のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>One of %1 (default: note).</source>
        <translation>%1 のいずれか (既定: note)。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>When it happened, in ISO 8601 (default: now); marks the entry as back-filled.</source>
        <translation>発生日時 (ISO 8601、既定: 現在)。エントリーを後から記入したものとして記録します。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>Mark it as a key event for the postmortem timeline.</source>
        <translation>ポストモーテムのタイムラインに載せる重要イベントとして記録します。</translation>
    </message>
    <message>
        <source>Who wrote it (default: %1).</source>
        <translation>記入者 (既定: %1)。</translation>
    </message>
    <message>
        <source>The entry, in Markdown; - reads it from standard input.</source>
        <translation>エントリー本文 (Markdown)。- を指定すると標準入力から読み込みます。</translation>
    </message>
    <message>
        <source>hindsight log: give the incident&apos;s number and the text (or - to read standard input).</source>
        <translation>hindsight log: インシデント番号と本文 (または標準入力から読む場合は -) を指定してください。</translation>
    </message>
    <message>
        <source>hindsight log: &apos;%1&apos; is not an incident number.</source>
        <translation>hindsight log: &apos;%1&apos; はインシデント番号ではありません。</translation>
    </message>
    <message>
        <source>hindsight log: --kind must be one of %1.</source>
        <translation>hindsight log: --kind は %1 のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>hindsight log: --at &apos;%1&apos; is not an ISO 8601 time such as 2026-11-23T14:05 or 2026-11-23T14:05:00+09:00.</source>
        <translation>hindsight log: --at &apos;%1&apos; は 2026-11-23T14:05 や 2026-11-23T14:05:00+09:00 のような ISO 8601 の時刻ではありません。</translation>
    </message>
    <message>
        <source>hindsight log: standard input is not valid UTF-8 text; nothing was logged.</source>
        <translation>hindsight log: 標準入力が有効な UTF-8 テキストではありません。何も記録していません。</translation>
    </message>
    <message>
        <source>hindsight log: the text contains a NUL character; nothing was logged.</source>
        <translation>hindsight log: 本文に NUL 文字が含まれています。何も記録していません。</translation>
    </message>
    <message>
        <source>hindsight log: the entry is empty; nothing was logged.</source>
        <translation>hindsight log: エントリーが空です。何も記録していません。</translation>
    </message>
    <message>
        <source>Only incidents in this status: %1.</source>
        <translation>このステータスのインシデントのみ: %1。</translation>
    </message>
    <message>
        <source>Only incidents of this severity: %1.</source>
        <translation>この重大度のインシデントのみ: %1。</translation>
    </message>
    <message>
        <source>hindsight list: --status must be one of %1.</source>
        <translation>hindsight list: --status は %1 のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>hindsight list: --severity must be one of %1.</source>
        <translation>hindsight list: --severity は %1 のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>No incidents. Create one with: hindsight new --title TEXT --severity SEVERITY</source>
        <translation>インシデントがありません。作成するには: hindsight new --title TEXT --severity SEVERITY</translation>
    </message>
    <message>
        <source>DETECTED</source>
        <translation>検知日時</translation>
    </message>
    <message>
        <source>[exercise]</source>
        <translation>[演習]</translation>
    </message>
    <message>
        <source>Include deleted log entries.</source>
        <translation>削除したログエントリーも含めます。</translation>
    </message>
    <message>
        <source>hindsight show: give one incident number.</source>
        <translation>hindsight show: インシデント番号を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>検知</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>緩和済み</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>演習</translation>
    </message>
    <message>
        <source>yes: kept out of statistics</source>
        <translation>はい: 統計から除外</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>プロダクト</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>発生</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>継続中</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>概要:</translation>
    </message>
    <message>
        <source>Investigation log:</source>
        <translation>調査ログ:</translation>
    </message>
    <message>
        <source>(empty) Add an entry with: hindsight log %1 TEXT</source>
        <translation>(空) エントリーを追加するには: hindsight log %1 TEXT</translation>
    </message>
    <message>
        <source>key</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>back-filled</source>
        <translation>後から記入</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>A new title.</source>
        <translation>新しいタイトル。</translation>
    </message>
    <message>
        <source>When it was detected (ISO 8601).</source>
        <translation>検知日時 (ISO 8601)。</translation>
    </message>
    <message>
        <source>When it started (ISO 8601; empty to clear).</source>
        <translation>開始日時 (ISO 8601、空にすると消去)。</translation>
    </message>
    <message>
        <source>When it was mitigated (ISO 8601; empty to clear).</source>
        <translation>緩和日時 (ISO 8601、空にすると消去)。</translation>
    </message>
    <message>
        <source>When it was resolved (ISO 8601; empty to clear).</source>
        <translation>解決日時 (ISO 8601、空にすると消去)。</translation>
    </message>
    <message>
        <source>The zone the postmortem reports times in, e.g. Asia/Tokyo.</source>
        <translation>ポストモーテムで時刻を表すタイムゾーン。例: Asia/Tokyo。</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>Affected products; repeat for several. Replaces the list (&apos;&apos; empties it).</source>
        <translation>影響を受けたプロダクト。複数ある場合は繰り返し指定します。一覧を置き換えます (&apos;&apos; で空にします)。</translation>
    </message>
    <message>
        <source>Related links as LABEL=URL or URL; repeat for several. Replaces the list.</source>
        <translation>関連リンク (LABEL=URL または URL)。複数ある場合は繰り返し指定します。一覧を置き換えます。</translation>
    </message>
    <message>
        <source>LINK</source>
        <translation>LINK</translation>
    </message>
    <message>
        <source>People as ROLE=NAME, ROLE one of %1; repeat for several. Replaces the list.</source>
        <translation>担当者 (ROLE=NAME、ROLE は %1 のいずれか)。複数ある場合は繰り返し指定します。一覧を置き換えます。</translation>
    </message>
    <message>
        <source>ROLE=NAME</source>
        <translation>ROLE=NAME</translation>
    </message>
    <message>
        <source>When it occurred, as START/END in ISO 8601 (END may be empty while it goes on); repeat for several. Replaces the list.</source>
        <translation>発生期間 (ISO 8601 の START/END、継続中なら END は空でも可)。複数ある場合は繰り返し指定します。一覧を置き換えます。</translation>
    </message>
    <message>
        <source>START/END</source>
        <translation>START/END</translation>
    </message>
    <message>
        <source>Mark it as a drill or game day.</source>
        <translation>訓練またはゲームデイとして記録します。</translation>
    </message>
    <message>
        <source>Mark it as a real incident.</source>
        <translation>実際のインシデントとして記録します。</translation>
    </message>
    <message>
        <source>Who made the change, for the log (default: %1).</source>
        <translation>ログに残す変更者 (既定: %1)。</translation>
    </message>
    <message>
        <source>hindsight set: give one incident number, then the fields to change.</source>
        <translation>hindsight set: インシデント番号を 1 つ指定し、続けて変更する項目を指定してください。</translation>
    </message>
    <message>
        <source>--severity must be one of %1.</source>
        <translation>--severity は %1 のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not an ISO 8601 time such as 2026-11-23T14:05.</source>
        <translation>--%1 &apos;%2&apos; は 2026-11-23T14:05 のような ISO 8601 の時刻ではありません。</translation>
    </message>
    <message>
        <source>--time-zone &apos;%1&apos; is not a known time zone such as Asia/Tokyo or UTC.</source>
        <translation>--time-zone &apos;%1&apos; は Asia/Tokyo や UTC のような既知のタイムゾーンではありません。</translation>
    </message>
    <message>
        <source>--person &apos;%1&apos; must be ROLE=NAME with ROLE one of %2.</source>
        <translation>--person &apos;%1&apos; は ROLE=NAME の形式で、ROLE は %2 のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>--occurrence &apos;%1&apos; must be START/END in ISO 8601, such as 2026-11-23T13:00/2026-11-23T14:00.</source>
        <translation>--occurrence &apos;%1&apos; は 2026-11-23T13:00/2026-11-23T14:00 のような ISO 8601 の START/END でなければなりません。</translation>
    </message>
    <message>
        <source>--exercise and --no-exercise contradict each other.</source>
        <translation>--exercise と --no-exercise は同時に指定できません。</translation>
    </message>
    <message>
        <source>Show at most N hits (default: 50).</source>
        <translation>最大 N 件まで表示します (既定: 50)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Words to find, all of them; any text is fine, punctuation included.</source>
        <translation>検索する語 (すべてを含むもの)。記号を含め、どんなテキストでも構いません。</translation>
    </message>
    <message>
        <source>hindsight search: give the words to search for.</source>
        <translation>hindsight search: 検索する語を指定してください。</translation>
    </message>
    <message>
        <source>hindsight search: --limit must be a number above 0.</source>
        <translation>hindsight search: --limit は 0 より大きい数でなければなりません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has nothing to search for: give some letters, digits or words.</source>
        <translation>&apos;%1&apos; には検索できるものがありません: 文字、数字、語を指定してください。</translation>
    </message>
    <message>
        <source>Nothing matches &apos;%1&apos;. Every word must match; try fewer words.</source>
        <translation>&apos;%1&apos; に一致するものはありません。すべての語が一致する必要があります。語を減らしてみてください。</translation>
    </message>
    <message>
        <source>md, html or pdf (default: from the extension of the -o file, else md).</source>
        <translation>md、html、pdf のいずれか (既定: -o のファイルの拡張子から、なければ md)。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE, atomically (default: standard output). Markdown&apos;s attachments go to the folder NAME_files beside it.</source>
        <translation>FILE にアトミックに書き出します (既定: 標準出力)。Markdown の添付ファイルは隣の NAME_files フォルダーに置かれます。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>give one incident number, e.g. hindsight export 12 -o postmortem.md</source>
        <translation>インシデント番号を 1 つ指定してください。例: hindsight export 12 -o postmortem.md</translation>
    </message>
    <message>
        <source>--format must be one of md|html|pdf.</source>
        <translation>--format は md|html|pdf のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>PDF export is not available in this process.</source>
        <translation>このプロセスでは PDF の書き出しを利用できません。</translation>
    </message>
    <message>
        <source>hindsight export: redaction masked nothing.</source>
        <translation>hindsight export: マスキングで伏せた値はありません。</translation>
    </message>
    <message>
        <source>hindsight export: redaction masked %1 value(s): %2.</source>
        <translation>hindsight export: マスキングで %1 個の値を伏せました: %2。</translation>
    </message>
    <message>
        <source>cannot write to standard output.</source>
        <translation>標準出力に書き込めません。</translation>
    </message>
    <message>
        <source>hindsight export: wrote %1.</source>
        <translation>hindsight export: %1 を書き出しました。</translation>
    </message>
    <message>
        <source>Read the files and report what would be imported; write nothing.</source>
        <translation>ファイルを読み込み、取り込まれる内容を報告します。何も書き込みません。</translation>
    </message>
    <message>
        <source>The IANA time zone the documents&apos; times are written in (default: this computer&apos;s, %1).</source>
        <translation>ドキュメントの時刻が書かれている IANA タイムゾーン (既定: このコンピューターのもの、%1)。</translation>
    </message>
    <message>
        <source>The author of the imported log entries (default: %1).</source>
        <translation>取り込むログエントリーの記入者 (既定: %1)。</translation>
    </message>
    <message>
        <source>Postmortems in Markdown, Japanese or English.</source>
        <translation>Markdown で書かれた日本語または英語のポストモーテム。</translation>
    </message>
    <message>
        <source>hindsight import: give one or more Markdown files, e.g. hindsight import postmortem.md</source>
        <translation>hindsight import: Markdown ファイルを 1 つ以上指定してください。例: hindsight import postmortem.md</translation>
    </message>
    <message>
        <source>hindsight import: %1 is not a time zone (e.g. Asia/Tokyo, UTC).</source>
        <translation>hindsight import: %1 はタイムゾーンではありません (例: Asia/Tokyo、UTC)。</translation>
    </message>
    <message>
        <source>%n log entries</source>
        <translation>ログエントリー %n 件</translation>
    </message>
    <message>
        <source>%n action items</source>
        <translation>アクションアイテム %n 件</translation>
    </message>
    <message>
        <source>%1: would be imported as incident %2 (%3)</source>
        <translation>%1: インシデント %2 として取り込まれます (%3)</translation>
    </message>
    <message>
        <source>%1: imported as incident %2 (%3)</source>
        <translation>%1: インシデント %2 として取り込みました (%3)</translation>
    </message>
    <message>
        <source>hindsight import: refused %1</source>
        <translation>hindsight import: %1 を拒否しました</translation>
    </message>
    <message>
        <source>hindsight import: %1: nothing imported: %2</source>
        <translation>hindsight import: %1: 何も取り込んでいません: %2</translation>
    </message>
    <message>
        <source>Show at most N suggestions (default: 10).</source>
        <translation>最大 N 件まで提案します (既定: 10)。</translation>
    </message>
    <message>
        <source>hindsight suggest: give one incident number.</source>
        <translation>hindsight suggest: インシデント番号を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>hindsight suggest: --limit must be a number above 0.</source>
        <translation>hindsight suggest: --limit は 0 より大きい数でなければなりません。</translation>
    </message>
    <message>
        <source>Nothing in the store looks like incident #%1 yet.</source>
        <translation>インシデント #%1 に似たものはまだストアにありません。</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>MATCHING</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>The first month, as YYYY-MM (default: eleven months before --to).</source>
        <translation>最初の月 (YYYY-MM 形式、既定: --to の 11 か月前)。</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>月</translation>
    </message>
    <message>
        <source>The last month, as YYYY-MM (default: this month).</source>
        <translation>最後の月 (YYYY-MM 形式、既定: 今月)。</translation>
    </message>
    <message>
        <source>Print one table as CSV: %1.</source>
        <translation>1 つの表を CSV で出力します: %1。</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>想定外の引数 &apos;%1&apos; があります。</translation>
    </message>
    <message>
        <source>--to &apos;%1&apos; is not a month such as 2026-11.</source>
        <translation>--to &apos;%1&apos; は 2026-11 のような月ではありません。</translation>
    </message>
    <message>
        <source>--from &apos;%1&apos; is not a month such as 2026-01.</source>
        <translation>--from &apos;%1&apos; は 2026-01 のような月ではありません。</translation>
    </message>
    <message>
        <source>--from comes after --to.</source>
        <translation>--from が --to より後です。</translation>
    </message>
    <message>
        <source>the period is longer than a hundred years.</source>
        <translation>期間が 100 年を超えています。</translation>
    </message>
    <message>
        <source>--csv must be one of %1.</source>
        <translation>--csv は %1 のいずれかでなければなりません。</translation>
    </message>
    <message>
        <source>give --csv or --json, not both.</source>
        <translation>--csv と --json のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>Usage: hindsight playbook add|list|show|edit|from-incident [options] ...</source>
        <translation>使い方: hindsight playbook add|list|show|edit|from-incident [オプション] ...</translation>
    </message>
    <message>
        <source>Add, list, show and change playbooks, or make one from an incident.</source>
        <translation>プレイブックの追加、一覧表示、表示、変更、またはインシデントからの作成を行います。</translation>
    </message>
    <message>
        <source>A playbook&apos;s ID looks like P3, as &apos;hindsight playbook list&apos; shows it; 3 works too.</source>
        <translation>プレイブックの ID は &apos;hindsight playbook list&apos; に表示される P3 のような形式です。3 でも指定できます。</translation>
    </message>
    <message>
        <source>&apos;hindsight playbook COMMAND --help&apos; shows a command&apos;s options.</source>
        <translation>&apos;hindsight playbook COMMAND --help&apos; でコマンドのオプションを表示します。</translation>
    </message>
    <message>
        <source>hindsight playbook: give add, list, show, edit or from-incident. See &apos;hindsight playbook --help&apos;.</source>
        <translation>hindsight playbook: add、list、show、edit、from-incident のいずれかを指定してください。&apos;hindsight playbook --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>hindsight playbook: unknown command &apos;%1&apos;; give add, list, show, edit or from-incident. See &apos;hindsight playbook --help&apos;.</source>
        <translation>hindsight playbook: 不明なコマンド &apos;%1&apos; です。add、list、show、edit、from-incident のいずれかを指定してください。&apos;hindsight playbook --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>The repository, as OWNER/NAME.</source>
        <translation>リポジトリ (OWNER/NAME 形式)。</translation>
    </message>
    <message>
        <source>OWNER/NAME</source>
        <translation>OWNER/NAME</translation>
    </message>
    <message>
        <source>The discussion category, by name or slug (see --categories).</source>
        <translation>ディスカッションカテゴリー (名前またはスラッグ、--categories を参照)。</translation>
    </message>
    <message>
        <source>github.com (the default) or a GitHub Enterprise Server&apos;s address, https://HOST.</source>
        <translation>github.com (既定) または GitHub Enterprise Server のアドレス (https://HOST)。</translation>
    </message>
    <message>
        <source>The document&apos;s language: ja or en (default: the setting, else ja when your locale is Japanese, else en).</source>
        <translation>ドキュメントの言語: ja または en (既定: 設定、なければロケールが日本語なら ja、それ以外は en)。</translation>
    </message>
    <message>
        <source>Print the requests that would be sent (the token masked) and send nothing.</source>
        <translation>送信されるリクエストを表示し (トークンは伏せます)、何も送信しません。</translation>
    </message>
    <message>
        <source>Save --repo, --category, --endpoint and --lang as the defaults, or as incident NUMBER&apos;s own when it is given (an empty value clears one), and publish nothing. Without them, show the settings.</source>
        <translation>--repo、--category、--endpoint、--lang を既定値として、または NUMBER を指定した場合はそのインシデント固有の値として保存し (空の値で消去)、何も公開しません。指定しない場合は設定を表示します。</translation>
    </message>
    <message>
        <source>List the discussion categories of the repository.</source>
        <translation>リポジトリのディスカッションカテゴリーを一覧表示します。</translation>
    </message>
    <message>
        <source>Store the token read from standard input in the system keychain, for the endpoint.</source>
        <translation>標準入力から読んだトークンを、このエンドポイント用としてシステムのキーチェーンに保存します。</translation>
    </message>
    <message>
        <source>Remove the endpoint&apos;s token from the system keychain.</source>
        <translation>エンドポイントのトークンをシステムのキーチェーンから削除します。</translation>
    </message>
    <message>
        <source>give one incident number, e.g. hindsight publish 12</source>
        <translation>インシデント番号を 1 つ指定してください。例: hindsight publish 12</translation>
    </message>
    <message>
        <source>--dry-run, --save, --categories, --save-token and --forget-token go one at a time.</source>
        <translation>--dry-run、--save、--categories、--save-token、--forget-token は一度に 1 つだけ指定できます。</translation>
    </message>
    <message>
        <source>Incident #%1 is published to:</source>
        <translation>インシデント #%1 の公開先:</translation>
    </message>
    <message>
        <source>Postmortems are published to:</source>
        <translation>ポストモーテムの公開先:</translation>
    </message>
    <message>
        <source>the token belongs to the endpoint, not to an incident: give no number.</source>
        <translation>トークンはインシデントではなくエンドポイントに属します: 番号は指定しないでください。</translation>
    </message>
    <message>
        <source>hindsight publish: the system keychain holds no token for %1 now.</source>
        <translation>hindsight publish: システムのキーチェーンには現在 %1 のトークンがありません。</translation>
    </message>
    <message>
        <source>give the token on standard input, e.g. hindsight publish --save-token &lt; token.txt</source>
        <translation>トークンを標準入力から渡してください。例: hindsight publish --save-token &lt; token.txt</translation>
    </message>
    <message>
        <source>The token was not stored.</source>
        <translation>トークンは保存されませんでした。</translation>
    </message>
    <message>
        <source>hindsight publish: the token for %1 is in the system keychain.</source>
        <translation>hindsight publish: %1 のトークンはシステムのキーチェーンにあります。</translation>
    </message>
    <message>
        <source>Discussions are not enabled in %1.</source>
        <translation>%1 ではディスカッションが有効になっていません。</translation>
    </message>
    <message>
        <source>  answerable: questions and answers</source>
        <translation>  回答可能: 質問と回答</translation>
    </message>
    <message>
        <source>hindsight publish: redaction masked nothing.</source>
        <translation>hindsight publish: マスキングで伏せた値はありません。</translation>
    </message>
    <message>
        <source>hindsight publish: redaction masked %1 value(s): %2.</source>
        <translation>hindsight publish: マスキングで %1 個の値を伏せました: %2。</translation>
    </message>
    <message>
        <source>Dry run: nothing is sent. Publishing incident #%1 to %2 (category %3, language %4) sends:</source>
        <translation>ドライラン: 何も送信しません。インシデント #%1 を %2 (カテゴリー %3、言語 %4) に公開すると、次を送信します:</translation>
    </message>
    <message>
        <source>created discussion #%1 in %2, category %3.</source>
        <translation>%2 のカテゴリー %3 にディスカッション #%1 を作成しました。</translation>
    </message>
    <message>
        <source>updated discussion #%1 in %2, category %3 (published before; no second one was made).</source>
        <translation>%2 のカテゴリー %3 のディスカッション #%1 を更新しました (公開済みのため、新たには作成していません)。</translation>
    </message>
    <message>
        <source>found discussion #%1 in %2, category %3, by the marker in its body (Hindsight had lost its record of it) and updated it.</source>
        <translation>本文のマーカーから %2 のカテゴリー %3 にディスカッション #%1 を見つけ (Hindsight の記録は失われていました)、更新しました。</translation>
    </message>
    <message>
        <source>The postmortem of incident #%1 is published.</source>
        <translation>インシデント #%1 のポストモーテムを公開しました。</translation>
    </message>
    <message>
        <source>The cause, concisely.</source>
        <translation>問題の原因 (簡潔に)。</translation>
    </message>
    <message>
        <source>Lessons learned: what went well.</source>
        <translation>教訓: うまくいったこと。</translation>
    </message>
    <message>
        <source>Lessons learned: what went wrong.</source>
        <translation>教訓: うまくいかなかったこと。</translation>
    </message>
    <message>
        <source>Lessons learned: where we got lucky.</source>
        <translation>教訓: 幸運だったこと。</translation>
    </message>
    <message>
        <source>give one incident number.</source>
        <translation>インシデント番号を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>only one option can read standard input (-).</source>
        <translation>標準入力 (-) を読めるオプションは 1 つだけです。</translation>
    </message>
    <message>
        <source>standard input is not valid UTF-8 text; nothing was written.</source>
        <translation>標準入力が有効な UTF-8 テキストではありません。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Incident #%1 has no postmortem yet. Start it with: hindsight postmortem %1 --root-cause TEXT</source>
        <translation>インシデント #%1 にはまだポストモーテムがありません。作成するには: hindsight postmortem %1 --root-cause TEXT</translation>
    </message>
    <message>
        <source>Postmortem of #%1 %2</source>
        <translation>#%1 %2 のポストモーテム</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>レビュー状態</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>問題の原因:</translation>
    </message>
    <message>
        <source>What went well:</source>
        <translation>うまくいったこと:</translation>
    </message>
    <message>
        <source>What went wrong:</source>
        <translation>うまくいかなかったこと:</translation>
    </message>
    <message>
        <source>Where we got lucky:</source>
        <translation>幸運だったこと:</translation>
    </message>
    <message>
        <source>Reopen it with: hindsight review %1 --draft</source>
        <translation>下書きに戻すには: hindsight review %1 --draft</translation>
    </message>
    <message>
        <source>Submit the postmortem for review; refused while something is missing.</source>
        <translation>ポストモーテムをレビューに提出します。足りないものがあれば拒否されます。</translation>
    </message>
    <message>
        <source>Approve the postmortem after the review meeting; refused while something is missing.</source>
        <translation>レビュー会議の後でポストモーテムを承認します。足りないものがあれば拒否されます。</translation>
    </message>
    <message>
        <source>Take the postmortem back to a draft, to change it.</source>
        <translation>ポストモーテムを変更するため下書きに戻します。</translation>
    </message>
    <message>
        <source>The day of the review meeting, as YYYY-MM-DD.</source>
        <translation>レビュー会議の日付 (YYYY-MM-DD 形式)。</translation>
    </message>
    <message>
        <source>Who attended the review; repeat for several. Replaces the list.</source>
        <translation>レビューの出席者。複数いる場合は繰り返し指定します。一覧を置き換えます。</translation>
    </message>
    <message>
        <source>The head of department attended the review.</source>
        <translation>部門長がレビューに出席しました。</translation>
    </message>
    <message>
        <source>The head of department did not attend the review.</source>
        <translation>部門長はレビューに出席しませんでした。</translation>
    </message>
    <message>
        <source>High: the facilitator decided the head of department had to attend.</source>
        <translation>High: ファシリテーターは部門長の出席が必要と判断しました。</translation>
    </message>
    <message>
        <source>High: the facilitator decided the head of department did not have to attend.</source>
        <translation>High: ファシリテーターは部門長の出席は不要と判断しました。</translation>
    </message>
    <message>
        <source>give one of --submit, --approve and --draft at a time.</source>
        <translation>--submit、--approve、--draft は一度に 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>--head-attended and --no-head-attended contradict each other.</source>
        <translation>--head-attended と --no-head-attended は同時に指定できません。</translation>
    </message>
    <message>
        <source>--head-needed and --head-not-needed contradict each other.</source>
        <translation>--head-needed と --head-not-needed は同時に指定できません。</translation>
    </message>
    <message>
        <source>--date &apos;%1&apos; is not a date such as 2026-12-01.</source>
        <translation>--date &apos;%1&apos; は 2026-12-01 のような日付ではありません。</translation>
    </message>
    <message>
        <source>The review meeting&apos;s details given were recorded.</source>
        <translation>指定されたレビュー会議の詳細を記録しました。</translation>
    </message>
    <message>
        <source>Usage: hindsight action add|list|set|remove [options] ...</source>
        <translation>使い方: hindsight action add|list|set|remove [オプション] ...</translation>
    </message>
    <message>
        <source>Add, list, change and remove action items.</source>
        <translation>アクションアイテムの追加、一覧表示、変更、削除を行います。</translation>
    </message>
    <message>
        <source>hindsight action: give add, list, set or remove. See &apos;hindsight action --help&apos;.</source>
        <translation>hindsight action: add、list、set、remove のいずれかを指定してください。&apos;hindsight action --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>hindsight action: unknown command &apos;%1&apos;; give add, list, set or remove. See &apos;hindsight action --help&apos;.</source>
        <translation>hindsight action: 不明なコマンド &apos;%1&apos; です。add、list、set、remove のいずれかを指定してください。&apos;hindsight action --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>give one action item ID, such as A12.</source>
        <translation>アクションアイテムの ID を 1 つ指定してください (例: A12)。</translation>
    </message>
    <message>
        <source>Deleted %1 of incident %2: %3</source>
        <translation>インシデント %2 の %1 を削除しました: %3</translation>
    </message>
    <message>
        <source>The document&apos;s language: ja or en (default: the one the incident is published in, set with hindsight publish --save --lang; else ja when your locale is Japanese, else en).</source>
        <translation>文書の言語: ja または en（既定: インシデントの公開先の言語（hindsight publish --save --lang で設定）、なければロケールが日本語なら ja、それ以外は en）。</translation>
    </message>
</context>
<context>
    <name>hindsight::CreateIncidentCommand</name>
    <message>
        <source>New incident</source>
        <translation>新しいインシデント</translation>
    </message>
    <message>
        <source>New incident #%1</source>
        <translation>新しいインシデント #%1 の作成</translation>
    </message>
</context>
<context>
    <name>hindsight::CreatePlaybookCommand</name>
    <message>
        <source>add playbook %1</source>
        <translation>プレイブック %1 の追加</translation>
    </message>
</context>
<context>
    <name>hindsight::DeleteActionItemCommand</name>
    <message>
        <source>Delete action item %1</source>
        <translation>アクションアイテム %1 を削除</translation>
    </message>
</context>
<context>
    <name>hindsight::DeleteEntryCommand</name>
    <message>
        <source>Delete log entry</source>
        <translation>ログエントリーの削除</translation>
    </message>
</context>
<context>
    <name>hindsight::DeletePlaybookCommand</name>
    <message>
        <source>delete playbook %1</source>
        <translation>プレイブック %1 の削除</translation>
    </message>
</context>
<context>
    <name>hindsight::DiscussionPublisher</name>
    <message>
        <source>Incident #%1 has no postmortem yet: write it and have it approved before publishing it.</source>
        <translation>インシデント #%1 にはまだポストモーテムがありません: 公開する前に書いて承認を受けてください。</translation>
    </message>
    <message>
        <source>No repository to publish to: set one (OWNER/NAME) in the publishing settings, or give it with --repo.</source>
        <translation>公開先のリポジトリがありません: 公開設定で (OWNER/NAME 形式で) 設定するか、--repo で指定してください。</translation>
    </message>
    <message>
        <source>No discussion category to publish in: set one in the publishing settings, or give it with --category (hindsight publish --categories lists the repository&apos;s).</source>
        <translation>公開先のディスカッションカテゴリーがありません: 公開設定で設定するか、--category で指定してください (hindsight publish --categories でリポジトリのカテゴリーを一覧表示します)。</translation>
    </message>
    <message>
        <source>&lt;the id of category &apos;%1&apos;, from the answer to request 1&gt;</source>
        <translation>&lt;カテゴリー &apos;%1&apos; の ID。リクエスト 1 の応答から&gt;</translation>
    </message>
    <message>
        <source>&lt;the repository&apos;s id, from the answer to request 1&gt;</source>
        <translation>&lt;リポジトリの ID。リクエスト 1 の応答から&gt;</translation>
    </message>
    <message>
        <source>The repository, whether Discussions are enabled, and its categories:</source>
        <translation>リポジトリ、ディスカッションが有効かどうか、そのカテゴリー:</translation>
    </message>
    <message>
        <source>The discussion it was published as (%1), to check that it still exists:</source>
        <translation>公開先のディスカッション (%1)。まだ存在するかを確認します:</translation>
    </message>
    <message>
        <source>Then it is updated (if it was deleted, an earlier publication is looked for by the marker, and failing that a new discussion is created):</source>
        <translation>続いて更新します (削除されていた場合は、マーカーで以前の公開を探し、見つからなければ新しいディスカッションを作成します):</translation>
    </message>
    <message>
        <source>An earlier publication of this postmortem, by the marker in its body, page by page (%1 a page):</source>
        <translation>本文のマーカーによる、このポストモーテムの以前の公開 (1 ページ %1 件ずつ):</translation>
    </message>
    <message>
        <source>Then, when none is found, the discussion is created (when one is found, it is updated instead with updateDiscussion, the same title and body):</source>
        <translation>続いて、見つからなければディスカッションを作成します (見つかった場合は updateDiscussion で同じタイトルと本文に更新します):</translation>
    </message>
    <message>
        <source>Creating the discussion failed (%1) Checking whether GitHub made it anyway.</source>
        <translation>ディスカッションの作成に失敗しました (%1)。GitHub 側で作成されていないか確認しています。</translation>
    </message>
    <message>
        <source>No GitHub token: put one in the system keychain, or in the environment variable HINDSIGHT_GITHUB_TOKEN. Nothing was sent.</source>
        <translation>GitHub トークンがありません: システムのキーチェーンか環境変数 HINDSIGHT_GITHUB_TOKEN に設定してください。何も送信していません。</translation>
    </message>
    <message>
        <source>Asking %1 about %2.</source>
        <translation>%1 に %2 について問い合わせています。</translation>
    </message>
    <message>
        <source>Checking the discussion it was published as: %1</source>
        <translation>公開先のディスカッションを確認しています: %1</translation>
    </message>
    <message>
        <source>This postmortem is published in %1 (%2), not in %3. Publish it there again (--repo %1), or delete that discussion on GitHub first; a second one is not made. Nothing was changed.</source>
        <translation>このポストモーテムは %3 ではなく %1 (%2) に公開されています。そちらにもう一度公開するか (--repo %1)、先に GitHub でそのディスカッションを削除してください。2 つ目は作成しません。何も変更していません。</translation>
    </message>
    <message>
        <source>Looking for an earlier publication of this postmortem in %1.</source>
        <translation>%1 でこのポストモーテムの以前の公開を探しています。</translation>
    </message>
    <message>
        <source>Updating discussion #%1.</source>
        <translation>ディスカッション #%1 を更新しています。</translation>
    </message>
    <message>
        <source>Creating the discussion in %1.</source>
        <translation>%1 にディスカッションを作成しています。</translation>
    </message>
    <message>
        <source>Cancelled. If GitHub had already received the discussion, publishing again finds it by its marker and updates it.</source>
        <translation>キャンセルしました。GitHub がすでにディスカッションを受け取っていた場合は、もう一度公開するとマーカーで見つけて更新します。</translation>
    </message>
    <message>
        <source>The postmortem is published at %1, but Hindsight could not record it: %2 Publishing it again finds that discussion by its marker and records it.</source>
        <translation>ポストモーテムは %1 に公開されましたが、Hindsight はそれを記録できませんでした: %2 もう一度公開すると、マーカーでそのディスカッションを見つけて記録します。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信していません。</translation>
    </message>
</context>
<context>
    <name>hindsight::EntryDialog</name>
    <message>
        <source>Edit log entry</source>
        <translation>ログエントリーを編集</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>時刻(&amp;T):</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <source>Earlier versions:</source>
        <translation>以前の版:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>本文(&amp;X):</translation>
    </message>
</context>
<context>
    <name>hindsight::ExportDialog</name>
    <message>
        <source>Export the postmortem</source>
        <translation>ポストモーテムを書き出す</translation>
    </message>
    <message>
        <source>%1: %2 (%3) → %4</source>
        <translation>%1: %2 (%3) → %4</translation>
    </message>
    <message>
        <source>Nothing will be masked.</source>
        <translation>伏せる値はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) will be masked before the document leaves Hindsight:</source>
        <translation>
            <numerusform>ドキュメントが Hindsight の外に出る前に %n 個の値を伏せます:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the built-in template is used instead)</source>
        <translation>%1 (代わりに組み込みのテンプレートを使います)</translation>
    </message>
    <message>
        <source>Template: yours, from %1.</source>
        <translation>テンプレート: %1 にあるユーザーのもの。</translation>
    </message>
    <message>
        <source>Template: the built-in one. To use your own, put %1 in %2.</source>
        <translation>テンプレート: 組み込みのもの。独自のものを使うには %1 を %2 に置いてください。</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>HTML, one file (.html)</source>
        <translation>HTML、1 ファイル (.html)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>Markdown をコピー</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>The Markdown is on the clipboard.</source>
        <translation>Markdown をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Nothing can be saved or copied while a redaction pattern cannot be used:
%1
Correct or remove that line, then open Export again.</source>
        <translation>使えない伏せ字パターンがあるため、保存もコピーもできません:
%1
その行を直すか削除してから、もう一度エクスポートを開いてください。</translation>
    </message>
    <message>
        <source>Document language: %1 (as in the preview; choose it beside the preview)</source>
        <translation>文書の言語: %1（プレビューと同じ。プレビューの横で選べます）</translation>
    </message>
</context>
<context>
    <name>hindsight::GitHubClient</name>
    <message>
        <source>no token found</source>
        <translation>トークンが見つかりません</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>No GitHub token: put one in the environment variable HINDSIGHT_GITHUB_TOKEN, or in the system keychain.</source>
        <translation>GitHub トークンがありません: 環境変数 HINDSIGHT_GITHUB_TOKEN かシステムのキーチェーンに設定してください。</translation>
    </message>
    <message>
        <source>GitHub may be slow or the network may be down; try again later.</source>
        <translation>GitHub が遅いか、ネットワークが停止している可能性があります。後でもう一度試してください。</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>後でもう一度試してください。</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit for this token is reached: it accepts requests again in %1 (at %2). Try again then.</source>
        <translation>このトークンは GitHub のレート制限に達しました: %1 後 (%2) に再びリクエストを受け付けます。その時にもう一度試してください。</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit is reached: waiting %1 before trying again (try %2 of %3).</source>
        <translation>GitHub のレート制限に達しました: %1 待ってから再試行します (%3 回中 %2 回目)。</translation>
    </message>
    <message>
        <source>GitHub does not accept %1 (HTTP 401: %2): it is wrong, has expired or was revoked. Create a new token and store it again.</source>
        <translation>GitHub は %1 を受け付けません (HTTP 401: %2): 誤っているか、期限切れか、取り消されています。新しいトークンを作成して保存し直してください。</translation>
    </message>
    <message>
        <source>GitHub refused %1 (HTTP 403: %2). A classic token needs the repo scope (public_repo for a public repository); a fine-grained token needs read and write access to the repository&apos;s Discussions.</source>
        <translation>GitHub は %1 を拒否しました (HTTP 403: %2)。クラシックトークンには repo スコープ (公開リポジトリなら public_repo) が、fine-grained トークンにはリポジトリの Discussions の読み取りと書き込みの権限が必要です。</translation>
    </message>
    <message>
        <source>GitHub answered HTTP %1 (a server error) %2 times in a row; try again later.</source>
        <translation>GitHub が HTTP %1 (サーバーエラー) を %2 回続けて返しました。後でもう一度試してください。</translation>
    </message>
    <message>
        <source>GitHub answered HTTP %1 (a server error).</source>
        <translation>GitHub が HTTP %1 (サーバーエラー) を返しました。</translation>
    </message>
    <message>
        <source>GitHub answered HTTP %1: trying again in %2 (try %3 of %4).</source>
        <translation>GitHub が HTTP %1 を返しました: %2 後に再試行します (%4 回中 %3 回目)。</translation>
    </message>
    <message>
        <source>There is no GitHub GraphQL API at %1 (HTTP 404). Check the endpoint setting: github.com, or a GitHub Enterprise Server&apos;s address.</source>
        <translation>%1 に GitHub GraphQL API がありません (HTTP 404)。エンドポイントの設定を確認してください: github.com または GitHub Enterprise Server のアドレス。</translation>
    </message>
    <message>
        <source>GitHub answered HTTP %1%2.</source>
        <translation>GitHub が HTTP %1%2 を返しました。</translation>
    </message>
    <message>
        <source>The answer from %1 is not GitHub&apos;s JSON (%2 at byte %3). Check the endpoint setting, or try again later.</source>
        <translation>%1 からの応答は GitHub の JSON ではありません (バイト %3 で %2)。エンドポイントの設定を確認するか、後でもう一度試してください。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit is reached: %1</source>
        <translation>GitHub のレート制限に達しました: %1</translation>
    </message>
    <message>
        <source>GitHub found nothing there: %1</source>
        <translation>GitHub では見つかりませんでした: %1</translation>
    </message>
    <message>
        <source>GitHub refused %1: %2 A classic token needs the repo scope (public_repo for a public repository); a fine-grained token needs read and write access to the repository&apos;s Discussions.</source>
        <translation>GitHub は %1 を拒否しました: %2 クラシックトークンには repo スコープ (公開リポジトリなら public_repo) が、fine-grained トークンにはリポジトリの Discussions の読み取りと書き込みの権限が必要です。</translation>
    </message>
    <message>
        <source>GitHub refused the request: %1</source>
        <translation>GitHub はリクエストを拒否しました: %1</translation>
    </message>
    <message>
        <source>The answer from %1 has no data. Try again later.</source>
        <translation>%1 からの応答にデータがありません。後でもう一度試してください。</translation>
    </message>
    <message>
        <source>GitHub has no repository %1, or %2 cannot see it. Check the name; a private repository needs a token with access to it.</source>
        <translation>GitHub にリポジトリ %1 がないか、%2 からは見えません。名前を確認してください。プライベートリポジトリにはアクセス権のあるトークンが必要です。</translation>
    </message>
    <message>
        <source>GitHub has no repository %1, or %2 cannot see it.</source>
        <translation>GitHub にリポジトリ %1 がないか、%2 からは見えません。</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer about %1 lacks its id. Try again later.</source>
        <translation>%1 についての GitHub の応答に ID がありません。後でもう一度試してください。</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer about discussion %1 lacks its number or address.</source>
        <translation>ディスカッション %1 についての GitHub の応答に番号またはアドレスがありません。</translation>
    </message>
    <message>
        <source>Looking for an earlier publication: page %1 of the category&apos;s discussions.</source>
        <translation>以前の公開を探しています: カテゴリーのディスカッションの %1 ページ目。</translation>
    </message>
    <message>
        <source>The category holds more than %1 discussions, too many to look through for an earlier publication of this postmortem, so none was created, to avoid a duplicate. Publish it to a category with fewer discussions.</source>
        <translation>カテゴリーのディスカッションが %1 件を超えており、このポストモーテムの以前の公開を探しきれないため、重複を避けて作成しませんでした。ディスカッションの少ないカテゴリーに公開してください。</translation>
    </message>
    <message>
        <source>GitHub has no repository %1/%2, or the token cannot see it.</source>
        <translation>GitHub にリポジトリ %1/%2 がないか、トークンからは見えません。</translation>
    </message>
    <message>
        <source>GitHub&apos;s list of discussions lacks its entries or its page information.</source>
        <translation>GitHub のディスカッション一覧にエントリーまたはページ情報がありません。</translation>
    </message>
    <message>
        <source>GitHub&apos;s list of discussions has an entry without its id or number.</source>
        <translation>GitHub のディスカッション一覧に ID または番号のないエントリーがあります。</translation>
    </message>
    <message>
        <source>GitHub&apos;s list of discussions says there is more but gives no cursor.</source>
        <translation>GitHub のディスカッション一覧は続きがあるとしていますが、カーソルがありません。</translation>
    </message>
    <message>
        <source>The answer from %1 lacks the discussion&apos;s id, number or address.</source>
        <translation>%1 からの応答にディスカッションの ID、番号、アドレスのいずれかがありません。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信していません。</translation>
    </message>
</context>
<context>
    <name>hindsight::GitHubToken</name>
    <message>
        <source>no token</source>
        <translation>トークンなし</translation>
    </message>
    <message>
        <source>the token from the system keychain</source>
        <translation>システムのキーチェーンのトークン</translation>
    </message>
    <message>
        <source>the token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>%1 is only sent to github.com; for %2 set GH_ENTERPRISE_TOKEN or HINDSIGHT_GITHUB_TOKEN, or save a token for that host with --save-token or in Settings &gt; Publishing to GitHub.</source>
        <translation>%1 は github.com にだけ送信します。%2 には GH_ENTERPRISE_TOKEN か HINDSIGHT_GITHUB_TOKEN を設定するか、--save-token または「設定 &gt; GitHub への公開」でそのホストのトークンを保存してください。</translation>
    </message>
    <message>
        <source>%1 is only sent to a GitHub Enterprise Server; for github.com set GH_TOKEN, GITHUB_TOKEN or HINDSIGHT_GITHUB_TOKEN, or save a token for github.com with --save-token or in Settings &gt; Publishing to GitHub.</source>
        <translation>%1 は GitHub Enterprise Server にだけ送信します。github.com には GH_TOKEN、GITHUB_TOKEN、HINDSIGHT_GITHUB_TOKEN のいずれかを設定するか、--save-token または「設定 &gt; GitHub への公開」で github.com のトークンを保存してください。</translation>
    </message>
    <message>
        <source>The token from the system keychain was saved for %1 and is only sent there, not to %2.</source>
        <translation>システムのキーチェーンのトークンは %1 用に保存されたもので、そこにだけ送信します。%2 には送信しません。</translation>
    </message>
    <message>
        <source>the token from $%1</source>
        <translation>$%1 のトークン</translation>
    </message>
    <message>
        <source>The token given for this session is for %1 and is only sent there, not to %2.</source>
        <translation>このセッション用に入力したトークンは %1 用で、そこにだけ送信します。%2 には送信しません。</translation>
    </message>
    <message>
        <source>the token given for this session</source>
        <translation>このセッション用に入力したトークン</translation>
    </message>
</context>
<context>
    <name>hindsight::HttpClient</name>
    <message>
        <source>&apos;%1&apos; is not a web address.</source>
        <translation>&apos;%1&apos; はウェブアドレスではありません。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The network library could not be started.</source>
        <translation>ネットワークライブラリを開始できませんでした。</translation>
    </message>
    <message>
        <source>%1 is not an HTTPS address: Hindsight sends credentials over HTTPS only.</source>
        <translation>%1 は HTTPS のアドレスではありません: Hindsight は認証情報を HTTPS でのみ送信します。</translation>
    </message>
    <message>
        <source>Not sending to %1: http:// sends the token in clear; use https://. (HINDSIGHT_ALLOW_HTTP=1 allows plain HTTP only to a test stand-in on this machine&apos;s loopback address.)</source>
        <translation>%1 には送信しません: http:// ではトークンが平文で送られます。https:// を使ってください。(HINDSIGHT_ALLOW_HTTP=1 で平文の HTTP を許すのは、このマシンのループバックアドレス上のテスト用の代役だけです。)</translation>
    </message>
    <message>
        <source>Not sending to %1: http:// sends the token in clear; use https://, or for a test stand-in on this machine set HINDSIGHT_ALLOW_HTTP=1.</source>
        <translation>%1 には送信しません: http:// ではトークンが平文で送られます。https:// を使うか、このマシン上のテスト用の代役なら HINDSIGHT_ALLOW_HTTP=1 を設定してください。</translation>
    </message>
</context>
<context>
    <name>hindsight::ImportDialog</name>
    <message>
        <source>Import postmortems</source>
        <translation>ポストモーテムを取り込む</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Imported as incident %1</source>
        <translation>インシデント %1 として取り込みました</translation>
    </message>
    <message numerus="yes">
        <source>Imported as incident %1, with %n guess(es)</source>
        <translation>
            <numerusform>インシデント %1 として取り込みました (推測 %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: line %1: %2</source>
        <translation>拒否: %1 行目: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒否: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>取り込みませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n 個のファイルを取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imported, %2 not imported: nothing was written for those.</source>
        <translation>%1 個取り込み、%2 個は取り込みませんでした: 取り込まなかったものについては何も書き込んでいません。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Import postmortems written in Markdown, in Japanese or English, as new incidents.</source>
        <translation>Markdown で書かれた日本語または英語のポストモーテムを新しいインシデントとして取り込みます。</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown (*.md *.markdown *.txt);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>hindsight::ImportWarning</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
</context>
<context>
    <name>hindsight::IncidentArchive</name>
    <message>
        <source>%1 is a file, not a folder. Give an empty folder (or a new one) to write the incidents to.</source>
        <translation>%1 はファイルで、フォルダーではありません。インシデントを書き出す空のフォルダー (または新しいフォルダー) を指定してください。</translation>
    </message>
    <message>
        <source>%1 is not empty: nothing was written. Give an empty or new folder, or --force to write into it anyway (files of the same names are replaced, others are left alone).</source>
        <translation>%1 は空ではありません: 何も書き込んでいません。空か新しいフォルダーを指定するか、それでも書き込むなら --force を指定してください (同じ名前のファイルは置き換え、その他はそのまま残します)。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>hindsight::IncidentDetailsPanel</name>
    <message>
        <source>checkout, payments-api</source>
        <translation>checkout, payments-api</translation>
    </message>
    <message>
        <source>What happened and what is being investigated (Markdown)</source>
        <translation>何が起きたか、何を調査しているか (Markdown)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>重大度:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>検知:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>Mitigated:</source>
        <translation>緩和:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>解決:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>タイムゾーン:</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>プロダクト:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>概要:</translation>
    </message>
    <message>
        <source>Related links:</source>
        <translation>関連リンク:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>担当者:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>When it happened (%1, local time):</source>
        <translation>発生日時 (%1、ローカル時刻):</translation>
    </message>
    <message>
        <source>it has no start</source>
        <translation>開始がありません</translation>
    </message>
    <message>
        <source>cannot read the start “%1”</source>
        <translation>開始「%1」を読めません</translation>
    </message>
    <message>
        <source>cannot read the end “%1”</source>
        <translation>終了「%1」を読めません</translation>
    </message>
    <message>
        <source>Write a date and time as %1, or a time of day alone (06:56).</source>
        <translation>日時は %1 の形で、または時刻だけ（06:56）で書いてください。</translation>
    </message>
    <message>
        <source>Occurrence %1 ends before it starts.</source>
        <translation>発生 %1 は開始より前に終わっています。</translation>
    </message>
    <message>
        <source>Occurrence %1 is not saved: %2. Write a date and time as %3, or a time of day alone (06:56).</source>
        <translation>発生 %1 は保存されていません: %2。日時は %3 の形で、または時刻だけ（06:56）で書いてください。</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>検知</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>緩和</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>%1 (%2) is after %3 (%4): check the times.</source>
        <translation>%1（%2）が%3（%4）より後になっています。時刻を確かめてください。</translation>
    </message>
    <message>
        <source>Exercise (drill, game day)</source>
        <translation>訓練（演習・ゲームデイ）</translation>
    </message>
    <message>
        <source>A drill or game day: kept out of the statistics and insights.</source>
        <translation>演習やゲームデイ: 統計とインサイトから除外します。</translation>
    </message>
</context>
<context>
    <name>hindsight::IncidentHeader</name>
    <message>
        <source>%1d %2h %3m</source>
        <translation>%1日 %2時間 %3分</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1時間 %2分</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1分 %2秒</translation>
    </message>
    <message>
        <source> · exercise</source>
        <translation> · 演習</translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <translation>%1 で解決</translation>
    </message>
    <message>
        <source>mitigated after %1</source>
        <translation>%1 で緩和</translation>
    </message>
    <message>
        <source>%1 since detection</source>
        <translation>検知から %1</translation>
    </message>
</context>
<context>
    <name>hindsight::IncidentListModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>検知</translation>
    </message>
</context>
<context>
    <name>hindsight::IncidentView</name>
    <message>
        <source>Create &amp;playbook from incident…</source>
        <translation>インシデントからプレイブックを作成(&amp;P)…</translation>
    </message>
    <message>
        <source>Investigation &amp;log</source>
        <translation>調査ログ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Postmortem</source>
        <translation>ポストモーテム(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>エントリーを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Mark/unmark &amp;key event</source>
        <translation>重要イベントの印を付ける/外す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>エントリーを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Make it a %1</source>
        <translation>「%1」にする</translation>
    </message>
    <message>
        <source>Back to the entry box</source>
        <translation>入力欄に戻る</translation>
    </message>
    <message>
        <source>screenshot-%1.png</source>
        <translation>screenshot-%1.png</translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation>✓ %1 に保存しました</translation>
    </message>
    <message>
        <source>Not saved — your text is still here</source>
        <translation>保存されていません — 入力した文章はそのまま残っています</translation>
    </message>
    <message numerus="yes">
        <source>%n screenshot(s) will be saved with the next entry</source>
        <translation>
            <numerusform>次のエントリーとともにスクリーンショット %n 枚を保存します</numerusform>
        </translation>
    </message>
    <message>
        <source>The incident stays open</source>
        <translation>インシデントは未解決のままです</translation>
    </message>
    <message>
        <source>Open the postmortem now?</source>
        <translation>ポストモーテムを今すぐ開きますか?</translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>Entry deleted — Ctrl+Z brings it back</source>
        <translation>エントリーを削除しました — Ctrl+Z で元に戻せます</translation>
    </message>
    <message>
        <source>Ctrl+Enter: key event</source>
        <translation>Ctrl+Enter: 重要イベント</translation>
    </message>
</context>
<context>
    <name>hindsight::InsightsView</name>
    <message>
        <source>Insights — Hindsight</source>
        <translation>インサイト — Hindsight</translation>
    </message>
    <message>
        <source>From</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>グラフを PNG で保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>PNG で保存…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Copy data as CSV</source>
        <translation>データを CSV でコピー</translation>
    </message>
    <message>
        <source>Copied the chart&apos;s numbers as CSV.</source>
        <translation>グラフの数値を CSV でコピーしました。</translation>
    </message>
    <message>
        <source>Incidents per month, by severity</source>
        <translation>月別のインシデント数 (重大度別)</translation>
    </message>
    <message>
        <source>Mean time to mitigate and to resolve, by severity</source>
        <translation>重大度別の緩和・解決までの平均時間</translation>
    </message>
    <message>
        <source>To mitigate</source>
        <translation>緩和まで</translation>
    </message>
    <message>
        <source>To resolve</source>
        <translation>解決まで</translation>
    </message>
    <message>
        <source>hours (mean)</source>
        <translation>時間 (平均)</translation>
    </message>
    <message>
        <source>minutes (mean)</source>
        <translation>分 (平均)</translation>
    </message>
    <message>
        <source>Action items opened and closed per month</source>
        <translation>月別に作成・完了したアクションアイテム</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%3 件中 %2 件)</translation>
    </message>
    <message>
        <source>none due yet</source>
        <translation>まだ期限を迎えたものはありません</translation>
    </message>
    <message>
        <source>Postmortems approved within %1 days of resolution: %2</source>
        <translation>解決から %1 日以内に承認されたポストモーテム: %2</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>期限内</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未承認</translation>
    </message>
    <message>
        <source>month of resolution</source>
        <translation>解決月</translation>
    </message>
    <message numerus="yes">
        <source>Exercises are left out. %n postmortem(s) still within the two weeks.</source>
        <translation>
            <numerusform>演習は除外しています。%n 件のポストモーテムはまだ 2 週間の期間内です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercises are left out.</source>
        <translation>演習は除外しています。</translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>Could not save the chart to %1: %2</source>
        <translation>グラフを %1 に保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>hindsight::IntegrityCheck</name>
    <message>
        <source>There is no store file at %1.</source>
        <translation>%1 にストアファイルがありません。</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite データベース</translation>
    </message>
    <message>
        <source>The file is not an SQLite database.</source>
        <translation>ファイルは SQLite データベースではありません。</translation>
    </message>
    <message>
        <source>SQLite cannot open it: %1</source>
        <translation>SQLite で開けません: %1</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>検索インデックス</translation>
    </message>
</context>
<context>
    <name>hindsight::IntegrityReport</name>
    <message>
        <source>Checked %1:</source>
        <translation>%1 を検査しました:</translation>
    </message>
    <message>
        <source>- %1: ok</source>
        <translation>- %1: OK</translation>
    </message>
    <message>
        <source>The store is sound.</source>
        <translation>ストアは正常です。</translation>
    </message>
    <message>
        <source>The store is damaged. Keep a copy of the file as it is, then restore the latest good backup.</source>
        <translation>ストアが破損しています。ファイルをそのままの状態でコピーして残してから、最新の正常なバックアップを復元してください。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <source>Hindsight store</source>
        <translation>Hindsight ストア</translation>
    </message>
    <message>
        <source>SQLite cannot read it: %1</source>
        <translation>SQLite で読み取れません: %1</translation>
    </message>
    <message>
        <source>It is an SQLite database of another program, not a Hindsight store.</source>
        <translation>別のプログラムの SQLite データベースで、Hindsight のストアではありません。</translation>
    </message>
    <message>
        <source>Hindsight store, version %1</source>
        <translation>Hindsight ストア、バージョン %1</translation>
    </message>
    <message>
        <source>It was written by a newer Hindsight (this version understands up to version %1).</source>
        <translation>より新しい Hindsight で書かれています (このバージョンが扱えるのはバージョン %1 まで)。</translation>
    </message>
    <message>
        <source>SQLite integrity check</source>
        <translation>SQLite 整合性チェック</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>外部キー</translation>
    </message>
    <message>
        <source>A row of %1 refers to a missing row of %2.</source>
        <translation>%1 の行が存在しない %2 の行を参照しています。</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing row of %3.</source>
        <translation>%2 の行 %1 が存在しない %3 の行を参照しています。</translation>
    </message>
</context>
<context>
    <name>hindsight::LanguageSettings</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>システムの既定 (%1)</translation>
    </message>
    <message>
        <source>&amp;User interface:</source>
        <translation>ユーザーインターフェース(&amp;U):</translation>
    </message>
    <message>
        <source>The new language applies the next time Hindsight starts. Postmortems keep the document language chosen when they are exported or published.</source>
        <translation>新しい言語は次回 Hindsight を起動したときに適用されます。ポストモーテムは、書き出しや公開のときに選んだドキュメントの言語のままです。</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>言語(&amp;L)…</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
</context>
<context>
    <name>hindsight::LogEntryDelegate</name>
    <message>
        <source>★ key event</source>
        <translation>★ 重要イベント</translation>
    </message>
    <message>
        <source>time back-filled</source>
        <translation>時刻を後から記入</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除済み</translation>
    </message>
    <message numerus="yes">
        <source>edited (%n earlier version(s))</source>
        <translation>
            <numerusform>編集済み（以前の版 %n 件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::MainWindow</name>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>Filter: number, title or summary</source>
        <translation>絞り込み: 番号、タイトル、概要</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>すべての重大度</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No incidents yet&lt;/h2&gt;&lt;p&gt;When an alert fires, press &lt;b&gt;Ctrl+N&lt;/b&gt; to open an incident: a title and a severity are enough to start logging.&lt;/p&gt;&lt;p&gt;Or open a sample incident (marked as an exercise) to look around.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;インシデントはまだありません&lt;/h2&gt;&lt;p&gt;アラートが発生したら &lt;b&gt;Ctrl+N&lt;/b&gt; でインシデントを開きましょう。タイトルと重大度だけでログを書き始められます。&lt;/p&gt;&lt;p&gt;または、サンプルインシデント (演習として扱われます) を開いて操作を試せます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New incident (Ctrl+N)</source>
        <translation>新しいインシデント (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open a sample incident</source>
        <translation>サンプルインシデントを開く</translation>
    </message>
    <message>
        <source>Choose an incident on the left, or press Ctrl+N for a new one.</source>
        <translation>左のインシデントを選ぶか、Ctrl+N で新しいインシデントを作成してください。</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>ストア: %1</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>新しいインシデント(&amp;N)…</translation>
    </message>
    <message>
        <source>Open a &amp;sample incident</source>
        <translation>サンプルインシデントを開く(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>すべてを検索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Filter incidents</source>
        <translation>インシデントを絞り込む(&amp;F)</translation>
    </message>
    <message>
        <source>Write in the &amp;log</source>
        <translation>ログに書く(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;ntry</source>
        <translation>エントリー(&amp;N)</translation>
    </message>
    <message>
        <source>Show &amp;deleted entries</source>
        <translation>削除したエントリーを表示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Action item register</source>
        <translation>アクションアイテム一覧(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Insights…</source>
        <translation>インサイト(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>Playbook &amp;library</source>
        <translation>プレイブックライブラリ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Publishing to GitHub…</source>
        <translation>GitHub への公開(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>Action items of all incidents</source>
        <translation>全インシデントのアクションアイテム</translation>
    </message>
    <message>
        <source>Incident #%1 created.</source>
        <translation>インシデント #%1 を作成しました。</translation>
    </message>
    <message>
        <source>Could not create the incident</source>
        <translation>インシデントを作成できませんでした</translation>
    </message>
    <message>
        <source>Could not create the sample incident</source>
        <translation>サンプルインシデントを作成できませんでした</translation>
    </message>
    <message>
        <source>Play&amp;books</source>
        <translation>プレイブック(&amp;B)</translation>
    </message>
    <message>
        <source>Go to the &amp;incident list</source>
        <translation>インシデント一覧へ移動(&amp;I)</translation>
    </message>
</context>
<context>
    <name>hindsight::NewIncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>新しいインシデント</translation>
    </message>
    <message>
        <source>What is going wrong, e.g. “Checkout API 5xx above 2%”</source>
        <translation>何が起きているか。例: 「Checkout API の 5xx が 2% 超」</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>重大度(&amp;S):</translation>
    </message>
</context>
<context>
    <name>hindsight::PlaybookEditor</name>
    <message>
        <source>&amp;Save playbook</source>
        <translation>プレイブックを保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>下書きを破棄(&amp;D)</translation>
    </message>
    <message>
        <source>What it is for, in a few words</source>
        <translation>何のためのものか (簡潔に)</translation>
    </message>
    <message>
        <source>The alert or symptom it answers</source>
        <translation>対応するアラートや症状</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>タグ (カンマ区切り)</translation>
    </message>
    <message>
        <source>Click an incident to open it in the main window.</source>
        <translation>インシデントをクリックするとメインウィンドウで開きます。</translation>
    </message>
    <message>
        <source>What to do, in Markdown: ## headings, 1. numbered steps, - [ ] checklists</source>
        <translation>やること (Markdown): ## 見出し、1. 番号付き手順、- [ ] チェックリスト</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;rigger:</source>
        <translation>トリガー(&amp;R):</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>タグ(&amp;G):</translation>
    </message>
    <message>
        <source>From incidents:</source>
        <translation>元になったインシデント:</translation>
    </message>
    <message>
        <source>An incident no longer in the store</source>
        <translation>ストアにもう存在しないインシデント</translation>
    </message>
    <message>
        <source>None: written by hand</source>
        <translation>なし: 手書き</translation>
    </message>
    <message>
        <source>Not saved: a playbook needs a title.</source>
        <translation>保存していません: プレイブックにはタイトルが必要です。</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>用途: %1</translation>
    </message>
    <message>
        <source>Draft: not saved yet. Edit it, then save it to the library.</source>
        <translation>下書き: まだ保存していません。編集してからライブラリに保存してください。</translation>
    </message>
    <message>
        <source>Choose a playbook, or make a new one.</source>
        <translation>プレイブックを選ぶか、新しく作成してください。</translation>
    </message>
    <message>
        <source>%1 · editing…</source>
        <translation>%1 · 編集中…</translation>
    </message>
    <message>
        <source>%1 · saved %2</source>
        <translation>%1 · %2 に保存</translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
</context>
<context>
    <name>hindsight::PlaybookLibrary</name>
    <message>
        <source>Playbooks — Hindsight</source>
        <translation>プレイブック — Hindsight</translation>
    </message>
    <message>
        <source>Search titles, triggers and text</source>
        <translation>タイトル、トリガー、本文を検索</translation>
    </message>
    <message>
        <source>&amp;New playbook</source>
        <translation>新しいプレイブック(&amp;N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete playbook</source>
        <translation>プレイブックを削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Playbook</source>
        <translation>プレイブック(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find playbooks</source>
        <translation>プレイブックを検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>A draft: change what you need, then save it (Ctrl+S).</source>
        <translation>下書きです: 必要な箇所を変更してから保存してください (Ctrl+S)。</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back (Ctrl+Z).</source>
        <translation>%1 を削除しました。元に戻す (Ctrl+Z) で復活できます。</translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>Save the draft playbook?</source>
        <translation>下書きのプレイブックを保存しますか?</translation>
    </message>
    <message>
        <source>The playbook you are writing is not saved yet.</source>
        <translation>作成中のプレイブックはまだ保存されていません。</translation>
    </message>
    <message>
        <source>%1 in the library</source>
        <translation>ライブラリに %1 件</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2 件中 %1 件を表示</translation>
    </message>
</context>
<context>
    <name>hindsight::PlaybookListModel</name>
    <message>
        <source>When: %1</source>
        <translation>用途: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>作成元</translation>
    </message>
</context>
<context>
    <name>hindsight::PlaybookOptions</name>
    <message>
        <source>What it is for, in a few words.</source>
        <translation>何のためのものか (簡潔に)。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The alert or symptom it answers.</source>
        <translation>対応するアラートや症状。</translation>
    </message>
    <message>
        <source>What to do, in Markdown; - reads it from standard input.</source>
        <translation>やること (Markdown)。- を指定すると標準入力から読み込みます。</translation>
    </message>
    <message>
        <source>A tag; repeat for several. On edit, replaces the tags (&apos;&apos; removes them).</source>
        <translation>タグ。複数ある場合は繰り返し指定します。編集時はタグを置き換えます (&apos;&apos; で削除)。</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>An incident it was distilled from, by number; repeat for several. On edit, replaces the list.</source>
        <translation>元になったインシデントの番号。複数ある場合は繰り返し指定します。編集時は一覧を置き換えます。</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
</context>
<context>
    <name>hindsight::PostmortemExport</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot replace the folder %1.</source>
        <translation>フォルダー %1 を置き換えられません。</translation>
    </message>
</context>
<context>
    <name>hindsight::PostmortemImport</name>
    <message>
        <source>binary data (a NUL byte), not a Markdown document.</source>
        <translation>バイナリデータ (NUL バイト) で、Markdown ドキュメントではありません。</translation>
    </message>
    <message>
        <source>not valid UTF-8 text.</source>
        <translation>有効な UTF-8 テキストではありません。</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>Not an action item; kept with what was not understood.</source>
        <translation>アクションアイテムではありません。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>A table without an “Action item” column; kept with what was not understood.</source>
        <translation>「アクションアイテム」列のない表です。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>The column “%1” is not one of the template&apos;s; its cells are kept with what was not understood.</source>
        <translation>列「%1」はテンプレートの列ではありません。そのセルは解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>An action item without a title; kept with what was not understood.</source>
        <translation>タイトルのないアクションアイテムです。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” links to several places; kept with what was not understood, and imported without a link.</source>
        <translation>「%1」は複数の場所にリンクしています。解釈できなかった内容として残し、リンクなしで取り込みました。</translation>
    </message>
    <message>
        <source>“%1” has text beside its link; all of it is imported as the title, linked to %2.</source>
        <translation>「%1」にはリンクの横にテキストがあります。すべてをタイトルとして、%2 へのリンク付きで取り込みました。</translation>
    </message>
    <message>
        <source>“%1” has no type; Repair assumed.</source>
        <translation>「%1」に種類がありません。修復とみなしました。</translation>
    </message>
    <message>
        <source>“%1” is not a type; Repair assumed for “%2”.</source>
        <translation>「%1」は種類ではありません。「%2」は修復とみなしました。</translation>
    </message>
    <message>
        <source>“%1” has no priority; Middle assumed.</source>
        <translation>「%1」に優先度がありません。Middle とみなしました。</translation>
    </message>
    <message>
        <source>“%1” is not a priority; Middle assumed for “%2”.</source>
        <translation>「%1」は優先度ではありません。「%2」は Middle とみなしました。</translation>
    </message>
    <message>
        <source>“%1” has no status; Not started assumed.</source>
        <translation>「%1」に対応状況がありません。未着手とみなしました。</translation>
    </message>
    <message>
        <source>“%1” is not a status; Not started assumed for “%2”.</source>
        <translation>「%1」は対応状況ではありません。「%2」は未着手とみなしました。</translation>
    </message>
    <message>
        <source>“%1” is not a date; “%2” has no due date.</source>
        <translation>「%1」は日付ではありません。「%2」には期限を設定しません。</translation>
    </message>
    <message>
        <source>“%1” is a list item, not a row of the table: Repair, Middle assumed; %2 from its check box.</source>
        <translation>「%1」は表の行ではなくリストの項目です: 修復、Middle とみなし、%2 はチェックボックスから読み取りました。</translation>
    </message>
    <message>
        <source>“%1” is a list item, not a row of the table: Repair, Middle, Not started assumed.</source>
        <translation>「%1」は表の行ではなくリストの項目です: 修復、Middle、未着手とみなしました。</translation>
    </message>
    <message>
        <source>Text under an action item; kept with what was not understood.</source>
        <translation>アクションアイテムの下のテキストです。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>The file %1 is outside %2, the only folder beside the document that attached files are read from; kept as an empty attachment of that name.</source>
        <translation>ファイル %1 は %2 の外にあります。添付ファイルを読み込むのはドキュメントの横にあるこのフォルダーだけです。その名前の空の添付ファイルとして残します。</translation>
    </message>
    <message>
        <source>The file %1 is not in %2 beside the document; kept as an empty attachment of that name.</source>
        <translation>ファイル %1 はドキュメントの横の %2 にありません。その名前の空の添付ファイルとして残します。</translation>
    </message>
    <message>
        <source>The file %1 is not a regular file (a folder, a device or a pipe); kept as an empty attachment of that name.</source>
        <translation>ファイル %1 は通常のファイルではありません (フォルダー、デバイス、パイプのいずれか)。その名前の空の添付ファイルとして残します。</translation>
    </message>
    <message>
        <source>The file %1 is not in the document; kept as an empty attachment of that name.</source>
        <translation>ファイル %1 はドキュメント内にありません。その名前の空の添付ファイルとして残します。</translation>
    </message>
    <message>
        <source>%2 beside the document is a link to another folder, not a folder of its own; the file %1 is kept as an empty attachment of that name.</source>
        <translation>ドキュメントの横の %2 は独立したフォルダーではなく、別のフォルダーへのリンクです。ファイル %1 はその名前の空の添付ファイルとして残します。</translation>
    </message>
    <message>
        <source>The file %1 is a link leading out of %2, the only folder beside the document that attached files are read from; kept as an empty attachment of that name.</source>
        <translation>ファイル %1 は %2 の外を指すリンクです。添付ファイルを読み込むのはドキュメントの横にあるこのフォルダーだけです。その名前の空の添付ファイルとして残します。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2); kept as an empty attachment of that name.</source>
        <translation>ファイル %1 を読み取れません (%2)。その名前の空の添付ファイルとして残します。</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB, the most an attached file may be; kept as an empty attachment of that name.</source>
        <translation>ファイル %1 は添付ファイルの上限 %2 MiB を超えています。その名前の空の添付ファイルとして残します。</translation>
    </message>
    <message>
        <source>The file %1 would take the document&apos;s attached files over %2 MiB in all, the most one document may bring; kept as an empty attachment of that name.</source>
        <translation>ファイル %1 を読み込むと、1 つのドキュメントの添付ファイルの合計上限 %2 MiB を超えます。その名前の空の添付ファイルとして残します。</translation>
    </message>
    <message>
        <source>A second “%1” section; kept with what was not understood.</source>
        <translation>2 つ目の「%1」セクションです。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>not a postmortem: it does not have the template&apos;s sections (概要, 発生日時, 調査, 問題の原因… or Summary, When it happened, Investigation, Root cause…).</source>
        <translation>ポストモーテムではありません: テンプレートのセクション (概要、発生日時、調査、問題の原因… または Summary、When it happened、Investigation、Root cause…) がありません。</translation>
    </message>
    <message>
        <source>“%1” is not a time like 2021/8/1 13:00-14:00; kept with what was not understood.</source>
        <translation>「%1」は 2021/8/1 13:00-14:00 のような日時ではありません。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>“%1” has no time of day; 0:00 assumed.</source>
        <translation>「%1」に時刻がありません。0:00 とみなしました。</translation>
    </message>
    <message>
        <source>“%1” ends on a day without a time; 23:59 assumed.</source>
        <translation>「%1」の終わりが時刻のない日付です。23:59 とみなしました。</translation>
    </message>
    <message>
        <source>“%1” ends before it starts; taken to end the next day.</source>
        <translation>「%1」は開始より前に終わっています。翌日に終わったものとみなしました。</translation>
    </message>
    <message>
        <source>“%1” ends before it starts; kept with what was not understood.</source>
        <translation>「%1」は開始より前に終わっています。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>“%1” has no end; recorded as still going on.</source>
        <translation>「%1」に終わりがありません。継続中として記録しました。</translation>
    </message>
    <message>
        <source>“%1” names its own time zone; its times were converted.</source>
        <translation>「%1」は独自のタイムゾーンを指定しています。時刻を変換しました。</translation>
    </message>
    <message>
        <source>Text under an occurrence; kept with what was not understood.</source>
        <translation>発生日時の下のテキストです。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>Not a time; kept with what was not understood.</source>
        <translation>日時ではありません。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>“%1” is not one of the roles (SRE, development, follow-up, facilitator, head of department); kept with what was not understood.</source>
        <translation>「%1」は役割 (SRE、開発、フォローアップ、ファシリテーター、部門長) のいずれでもありません。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>Text under a name; kept with what was not understood.</source>
        <translation>名前の下のテキストです。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>Not a role; kept with what was not understood.</source>
        <translation>役割ではありません。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>Not a list of people; kept with what was not understood.</source>
        <translation>担当者のリストではありません。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>More than a severity; kept with what was not understood.</source>
        <translation>重大度以外の内容があります。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>“%1” is not a severity (Low, Middle, High, Critical); kept with what was not understood.</source>
        <translation>「%1」は重大度 (Low、Middle、High、Critical) ではありません。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>Severity %1 taken from “%2”.</source>
        <translation>重大度 %1 を「%2」から読み取りました。</translation>
    </message>
    <message>
        <source>No severity given; Middle assumed.</source>
        <translation>重大度の指定がありません。Middle とみなしました。</translation>
    </message>
    <message>
        <source>Text under a product; kept with what was not understood.</source>
        <translation>プロダクトの下のテキストです。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>Products taken from a line of text: %1.</source>
        <translation>プロダクトを 1 行のテキストから読み取りました: %1。</translation>
    </message>
    <message>
        <source>Not a list of products; kept with what was not understood.</source>
        <translation>プロダクトのリストではありません。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>Not an investigation log entry; kept with what was not understood.</source>
        <translation>調査ログのエントリーではありません。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>“%1” is not a time; kept with what was not understood.</source>
        <translation>「%1」は時刻ではありません。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>No kind given (note, hypothesis, finding, action, dead end, decision); recorded as a note.</source>
        <translation>種類 (メモ、仮説、発見、対応、行き止まり、決定) の指定がありません。メモとして記録しました。</translation>
    </message>
    <message>
        <source>An entry at %1 without text; left out.</source>
        <translation>%1 のエントリーに本文がありません。除外しました。</translation>
    </message>
    <message>
        <source>No time given; placed at the time of the entry before it (%1).</source>
        <translation>時刻の指定がありません。直前のエントリーの時刻 (%1) に置きました。</translation>
    </message>
    <message>
        <source>An investigation without a time; kept with what was not understood.</source>
        <translation>時刻のない調査の記述です。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>A time without a date, and no date to take it from; kept with what was not understood.</source>
        <translation>日付のない時刻で、日付を補える箇所もありません。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>No date given; %1 assumed.</source>
        <translation>日付の指定がありません。%1 とみなしました。</translation>
    </message>
    <message>
        <source>No severity section; Middle assumed.</source>
        <translation>重大度のセクションがありません。Middle とみなしました。</translation>
    </message>
    <message>
        <source>Imported postmortem</source>
        <translation>取り込んだポストモーテム</translation>
    </message>
    <message>
        <source>No title heading; the incident is called “%1”.</source>
        <translation>タイトルの見出しがありません。インシデント名は「%1」にしました。</translation>
    </message>
    <message>
        <source>Text before the first section; kept with what was not understood.</source>
        <translation>最初のセクションより前のテキストです。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>“%1” is not a section of the template; kept with what was not understood.</source>
        <translation>「%1」はテンプレートのセクションではありません。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>Lessons that are not under what went well, what went wrong or where we got lucky; kept with what was not understood.</source>
        <translation>「うまくいったこと」「うまくいかなかったこと」「幸運だったこと」のいずれにも属さない教訓です。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>“%1” is not the review&apos;s date, attendees or the head of department&apos;s attendance; kept with what was not understood.</source>
        <translation>「%1」はレビューの日付、出席者、部門長の出席のいずれでもありません。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>Not part of the review; kept with what was not understood.</source>
        <translation>レビューの一部ではありません。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>The review is recorded; the postmortem is imported as a draft, to be approved in Hindsight.</source>
        <translation>レビューは記録しました。ポストモーテムは下書きとして取り込み、Hindsight で承認します。</translation>
    </message>
    <message>
        <source>“%1” is an earlier incident without a link; kept with what was not understood.</source>
        <translation>「%1」はリンクのない過去のインシデントです。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>“%1” is an earlier incident; kept as a related link.</source>
        <translation>「%1」は過去のインシデントです。関連リンクとして残します。</translation>
    </message>
    <message>
        <source>“%1” has no URL; kept with what was not understood.</source>
        <translation>「%1」に URL がありません。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>“%1” has several URLs; kept with what was not understood.</source>
        <translation>「%1」に複数の URL があります。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>“%1” has text beside its link; all of it is kept as the link&apos;s label.</source>
        <translation>「%1」にはリンクの横にテキストがあります。すべてをリンクのラベルとして残します。</translation>
    </message>
    <message>
        <source>Not a link; kept with what was not understood.</source>
        <translation>リンクではありません。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>Text under a link; kept with what was not understood.</source>
        <translation>リンクの下のテキストです。解釈できなかった内容として残します。</translation>
    </message>
    <message>
        <source>Not a list of links; kept with what was not understood.</source>
        <translation>リンクのリストではありません。解釈できなかった内容として残します。</translation>
    </message>
</context>
<context>
    <name>hindsight::PostmortemView</name>
    <message>
        <source>Held on</source>
        <translation>開催日</translation>
    </message>
    <message>
        <source>The head of department attended</source>
        <translation>部門長が出席した</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>レビューに提出</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>下書きに戻す</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>公開…</translation>
    </message>
    <message>
        <source>Publish the approved postmortem to GitHub Discussions, or update it there</source>
        <translation>承認済みのポストモーテムを GitHub Discussions に公開、または更新します</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>ドキュメント:</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>問題の原因</translation>
    </message>
    <message>
        <source>The cause, concisely (Markdown)</source>
        <translation>問題の原因 (簡潔に、Markdown)</translation>
    </message>
    <message>
        <source>Lessons learned: what went well</source>
        <translation>教訓: うまくいったこと</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>うまくいったこと</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>うまくいかなかったこと</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>幸運だったこと</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>アクションアイテム</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>アクションアイテムを追加</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation>レビュー会議</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>名前 (カンマ区切り)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日付:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>出席者:</translation>
    </message>
    <message>
        <source>Head of department needed:</source>
        <translation>部門長の出席:</translation>
    </message>
    <message>
        <source>Postmortem: %1 as &lt;a href=&quot;%2&quot;&gt;discussion #%3&lt;/a&gt;</source>
        <translation>ポストモーテム: %1、&lt;a href=&quot;%2&quot;&gt;ディスカッション #%3&lt;/a&gt; として公開</translation>
    </message>
    <message>
        <source>Postmortem: %1</source>
        <translation>ポストモーテム: %1</translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation>足りないものはありません。</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>まだ足りないもの:</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>新しいアクションアイテム</translation>
    </message>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected action item (Delete). Its number is not used again. An item that will not be done is better closed as &quot;Won&apos;t do&quot;, so the decision stays on record.</source>
        <translation>選択したアクションアイテムを削除します (Delete キー)。その番号は再利用されません。実施しないことに決めた項目は「対応しない」として閉じると、その判断が記録に残ります。</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>アクションアイテムを削除</translation>
    </message>
    <message>
        <source>The language of the document previewed here, exported and published. The default is the one set in Settings &gt; Publishing to GitHub (or the incident&apos;s own), else your locale&apos;s.</source>
        <translation>ここでプレビューし、エクスポートし、公開する文書の言語。既定は「設定 &gt; GitHub への公開」で設定した言語（インシデント個別の設定があればそれ）、なければロケールの言語です。</translation>
    </message>
</context>
<context>
    <name>hindsight::PublishDialog</name>
    <message>
        <source>Publish the postmortem of incident #%1</source>
        <translation>インシデント #%1 のポストモーテムを公開</translation>
    </message>
    <message>
        <source>Where it is published</source>
        <translation>公開先</translation>
    </message>
    <message>
        <source>Empty fields use the defaults of Settings &gt; Publishing to GitHub. What is set here is kept for this incident once it is published.</source>
        <translation>空の項目には「設定 &gt; GitHub への公開」の既定値を使います。ここで設定した内容は、公開後このインシデント用に保持されます。</translation>
    </message>
    <message>
        <source>Preview what will be sent</source>
        <translation>送信内容をプレビュー</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Cancel publishing</source>
        <translation>公開をキャンセル</translation>
    </message>
    <message>
        <source>Incident #%1: %2</source>
        <translation>インシデント #%1: %2</translation>
    </message>
    <message>
        <source>No repository to publish to: give one here (owner/name), or set the default in Settings &gt; Publishing to GitHub.</source>
        <translation>公開先のリポジトリがありません: ここで (owner/name 形式で) 指定するか、「設定 &gt; GitHub への公開」で既定値を設定してください。</translation>
    </message>
    <message>
        <source>No discussion category to publish in: pick one here (Fetch categories lists the repository&apos;s), or set the default in Settings &gt; Publishing to GitHub.</source>
        <translation>公開先のディスカッションカテゴリーがありません: ここで選ぶか (「カテゴリーを取得」でリポジトリのものを一覧表示します)、「設定 &gt; GitHub への公開」で既定値を設定してください。</translation>
    </message>
    <message>
        <source>Ready: “%1”, %2 characters of Markdown, to %3/%4 on %5, category %6, in %7.</source>
        <translation>準備完了: 「%1」(Markdown で %2 文字) を %5 の %3/%4、カテゴリー %6 に、%7 で公開します。</translation>
    </message>
    <message>
        <source>Redaction masks nothing.</source>
        <translation>マスキングで伏せる値はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Redaction masks %n value(s) before it is sent: %1.</source>
        <translation>
            <numerusform>送信前にマスキングで %n 個の値を伏せます: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Published before as discussion #%1 (%2): publishing again updates it; no second discussion is made.</source>
        <translation>以前にディスカッション #%1 (%2) として公開済みです: もう一度公開すると更新され、2 つ目のディスカッションは作成されません。</translation>
    </message>
    <message>
        <source>Looking for the GitHub token…</source>
        <translation>GitHub トークンを探しています…</translation>
    </message>
    <message>
        <source>Nothing has been sent. Publishing sends these requests, in this order:</source>
        <translation>まだ何も送信していません。公開すると、次のリクエストをこの順に送信します:</translation>
    </message>
    <message>
        <source>Publishing with %1…</source>
        <translation>%1 で公開しています…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was sent.</source>
        <translation>キャンセルしました。何も送信していません。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Publishing failed.</source>
        <translation>公開に失敗しました。</translation>
    </message>
    <message>
        <source>Published: discussion #%1 was created in %2, category %3.</source>
        <translation>公開しました: %2 のカテゴリー %3 にディスカッション #%1 を作成しました。</translation>
    </message>
    <message>
        <source>Published again: discussion #%1 in %2, category %3, was updated; no second one was made.</source>
        <translation>再公開しました: %2 のカテゴリー %3 のディスカッション #%1 を更新しました。2 つ目は作成していません。</translation>
    </message>
    <message>
        <source>Published: discussion #%1 in %2, category %3, was found by the marker in its body (Hindsight had lost its record of it) and updated.</source>
        <translation>公開しました: 本文のマーカーから %2 のカテゴリー %3 のディスカッション #%1 を見つけ (Hindsight の記録は失われていました)、更新しました。</translation>
    </message>
    <message>
        <source>This incident&apos;s publishing choices could not be kept: %1</source>
        <translation>このインシデントの公開設定を保持できませんでした: %1</translation>
    </message>
    <message>
        <source>Publish again</source>
        <translation>再公開</translation>
    </message>
    <message>
        <source>ghp_… or github_pat_…</source>
        <translation>ghp_… または github_pat_…</translation>
    </message>
    <message>
        <source>Use for this session</source>
        <translation>このセッションで使う</translation>
    </message>
    <message>
        <source>Or give a token for this session only: it is kept in memory, never written anywhere, sent only to %1, and forgotten when Hindsight quits.</source>
        <translation>または、このセッションだけのトークンを入力してください。メモリ上にだけ保持し、どこにも書き込まず、%1 にだけ送信し、Hindsight を終了すると消えます。</translation>
    </message>
</context>
<context>
    <name>hindsight::PublishSettingsDialog</name>
    <message>
        <source>Remove the stored token</source>
        <translation>保存したトークンを削除</translation>
    </message>
    <message>
        <source>Publishing to GitHub</source>
        <translation>GitHub への公開</translation>
    </message>
    <message>
        <source>Where postmortems are published</source>
        <translation>ポストモーテムの公開先</translation>
    </message>
    <message>
        <source>These are the defaults, kept in the store. An incident can publish elsewhere: change it in the incident&apos;s Publish dialog.</source>
        <translation>これはストアに保持される既定値です。インシデントごとに別の場所に公開することもできます: インシデントの公開ダイアログで変更してください。</translation>
    </message>
    <message>
        <source>Paste a token to store it in the system keychain</source>
        <translation>トークンを貼り付けるとシステムのキーチェーンに保存します</translation>
    </message>
    <message>
        <source>A classic token needs the repo scope (public_repo for a public repository); a fine-grained one needs read and write access to Discussions. The token is kept in the system keychain only, never in the store or a settings file.</source>
        <translation>クラシックトークンには repo スコープ (公開リポジトリなら public_repo) が、fine-grained トークンには Discussions の読み取りと書き込みの権限が必要です。トークンはシステムのキーチェーンにのみ保持し、ストアや設定ファイルには保存しません。</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub トークン</translation>
    </message>
    <message>
        <source>Hindsight uses %1: the environment comes before the keychain.</source>
        <translation>Hindsight は %1 を使います: 環境変数がキーチェーンより優先されます。</translation>
    </message>
    <message>
        <source>Looking in the system keychain…</source>
        <translation>システムのキーチェーンを確認しています…</translation>
    </message>
    <message>
        <source>The system keychain holds a token for %1.</source>
        <translation>システムのキーチェーンに %1 のトークンがあります。</translation>
    </message>
    <message>
        <source>The system keychain holds no token for %1 yet.</source>
        <translation>システムのキーチェーンにはまだ %1 のトークンがありません。</translation>
    </message>
    <message>
        <source>The settings are saved, but the token was not stored: %1</source>
        <translation>設定は保存しましたが、トークンは保存されませんでした: %1</translation>
    </message>
    <message>
        <source>No system keychain is available here, so Hindsight cannot store a token. For %1 it uses the environment variable %2, %3 or %4 instead: set one before starting Hindsight. The token is never kept in a plain file.</source>
        <translation>ここではシステムのキーチェーンを利用できないため、Hindsight はトークンを保存できません。%1 には代わりに環境変数 %2、%3、%4 のいずれかを使います: Hindsight を起動する前に設定してください。トークンを平文のファイルに保存することはありません。</translation>
    </message>
</context>
<context>
    <name>hindsight::PublishTarget</name>
    <message>
        <source>Give github.com, a GitHub Enterprise Server&apos;s address such as https://github.example.com, or the full URL of its GraphQL API (https://HOST/api/graphql).</source>
        <translation>github.com、https://github.example.com のような GitHub Enterprise Server のアドレス、またはその GraphQL API の完全な URL (https://HOST/api/graphql) を指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address. %2</source>
        <translation>&apos;%1&apos; はウェブアドレスではありません。%2</translation>
    </message>
    <message>
        <source>The endpoint must not hold a user name or password; the token is sent separately. %1</source>
        <translation>エンドポイントにユーザー名やパスワードを含めないでください。トークンは別に送信されます。%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a query or a fragment, which an endpoint has not. %2</source>
        <translation>&apos;%1&apos; にはクエリかフラグメントがありますが、エンドポイントには含められません。%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a server&apos;s address nor a GraphQL endpoint. %2</source>
        <translation>&apos;%1&apos; はサーバーのアドレスでも GraphQL エンドポイントでもありません。%2</translation>
    </message>
    <message>
        <source>No repository is set: give one as OWNER/NAME.</source>
        <translation>リポジトリが設定されていません: OWNER/NAME 形式で指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a repository: give it as OWNER/NAME, such as acme/postmortems.</source>
        <translation>&apos;%1&apos; はリポジトリではありません: acme/postmortems のように OWNER/NAME 形式で指定してください。</translation>
    </message>
</context>
<context>
    <name>hindsight::PublishTargetForm</name>
    <message>
        <source>%1 (the default)</source>
        <translation>%1 (既定)</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>owner/name</translation>
    </message>
    <message>
        <source>Type a category, or fetch the repository&apos;s</source>
        <translation>カテゴリーを入力するか、リポジトリから取得してください</translation>
    </message>
    <message>
        <source>github.com, or a GitHub Enterprise Server&apos;s address such as https://github.example.com</source>
        <translation>github.com、または https://github.example.com のような GitHub Enterprise Server のアドレス</translation>
    </message>
    <message>
        <source>From your locale (%1)</source>
        <translation>ロケールから (%1)</translation>
    </message>
    <message>
        <source>GitHub:</source>
        <translation>GitHub:</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>リポジトリ:</translation>
    </message>
    <message>
        <source>Discussion category:</source>
        <translation>ディスカッションカテゴリー:</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>ドキュメントの言語:</translation>
    </message>
</context>
<context>
    <name>hindsight::QuickEntryEdit</name>
    <message>
        <source>Log what you see, try or decide… (Enter saves, Shift+Enter for a new line)</source>
        <translation>見たこと、試したこと、決めたことを記録… (Enter で保存、Shift+Enter で改行)</translation>
    </message>
</context>
<context>
    <name>hindsight::Redactor</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>UTF-8 テキストではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid regular expression: %2 at column %3; this pattern is not applied.</source>
        <translation>&apos;%1&apos; は有効な正規表現ではありません: %3 文字目で %2。このパターンは適用しません。</translation>
    </message>
</context>
<context>
    <name>hindsight::SearchDialog</name>
    <message>
        <source>Incident #%1</source>
        <translation>インシデント #%1</translation>
    </message>
    <message>
        <source>Log of #%1</source>
        <translation>#%1 のログ</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>プレイブック</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search incidents, logs and playbooks: 障害, p99, ALB-1, user@example.com…</source>
        <translation>インシデント、ログ、プレイブックを検索: 障害, p99, ALB-1, user@example.com…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Up/Down to choose, Enter to open.</source>
        <translation>
            <numerusform>%n 件の結果。上下キーで選び、Enter で開きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Every word must match: try fewer words.</source>
        <translation>見つかりませんでした。すべての語に一致するものだけが見つかります。語を減らしてみてください。</translation>
    </message>
    <message>
        <source>The first %1 results, newest first: add a word to narrow them down, or run &apos;hindsight search &quot;%2&quot; --limit 500&apos; to see more. Up/Down to choose, Enter to open.</source>
        <translation>新しい順に最初の %1 件を表示しています。語を足して絞り込むか、&apos;hindsight search &quot;%2&quot; --limit 500&apos; を実行すると、さらに表示できます。上下キーで選び、Enter で開きます。</translation>
    </message>
</context>
<context>
    <name>hindsight::Store</name>
    <message>
        <source>%1 is a folder, not a Hindsight store. Give the path of a store file (or of a new one to create) with --db or HINDSIGHT_DB.</source>
        <translation>%1 はフォルダーで、Hindsight のストアではありません。ストアファイル (または新しく作成するファイル) のパスを --db か HINDSIGHT_DB で指定してください。</translation>
    </message>
    <message>
        <source>%1 is not a Hindsight store: it is not an SQLite database at all. It was left unchanged. Check the path given with --db or HINDSIGHT_DB, or move the file away to start a new store there.</source>
        <translation>%1 は Hindsight のストアではありません: SQLite データベースですらありません。変更していません。--db か HINDSIGHT_DB で指定したパスを確認するか、ファイルを移動してそこに新しいストアを作成してください。</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the store. Check that you may write there, or choose another path with --db or HINDSIGHT_DB.</source>
        <translation>ストア用のフォルダー %1 を作成できませんでした。そこに書き込めるかを確認するか、--db か HINDSIGHT_DB で別のパスを指定してください。</translation>
    </message>
    <message>
        <source>Could not create the store %1: %2</source>
        <translation>ストア %1 を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>set up full-text search</source>
        <translation>全文検索の設定</translation>
    </message>
    <message>
        <source>the SQLite driver gave no connection to register its functions on</source>
        <translation>SQLite ドライバーから関数を登録する接続を得られませんでした</translation>
    </message>
    <message>
        <source>%1 is not a Hindsight store: SQLite cannot read it (%2). It was left unchanged. Check the path given with --db or HINDSIGHT_DB.</source>
        <translation>%1 は Hindsight のストアではありません: SQLite で読み取れません (%2)。変更していません。--db か HINDSIGHT_DB で指定したパスを確認してください。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Hindsight store. It was left unchanged. Check the path given with --db or HINDSIGHT_DB, or choose a new file.</source>
        <translation>%1 は別のプログラムの SQLite データベースで、Hindsight のストアではありません。変更していません。--db か HINDSIGHT_DB で指定したパスを確認するか、新しいファイルを選んでください。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Hindsight (store version %2; this version understands up to %3). It was left unchanged. Update Hindsight to open it.</source>
        <translation>%1 はより新しいバージョンの Hindsight で書かれています (ストアのバージョン %2、このバージョンが扱えるのは %3 まで)。変更していません。開くには Hindsight を更新してください。</translation>
    </message>
    <message>
        <source>switch to write-ahead logging</source>
        <translation>先行書き込みログ (WAL) への切り替え</translation>
    </message>
    <message>
        <source>prepare a statement</source>
        <translation>ステートメントの準備</translation>
    </message>
    <message>
        <source>run a statement</source>
        <translation>ステートメントの実行</translation>
    </message>
    <message>
        <source>The disk is full: the store %1 could not save this. Nothing was half-written and nothing saved earlier is lost. Free some space on the disk, then try again.</source>
        <translation>ディスクがいっぱいです: ストア %1 にこれを保存できませんでした。書きかけのものはなく、以前に保存したものも失われていません。ディスクの空きを作ってから、もう一度試してください。</translation>
    </message>
    <message>
        <source>The store %1 cannot be written: the file or its folder is read-only, or the folder was removed (%2). Nothing was half-written and nothing saved earlier is lost. Make the folder and the file writable again, then try again.</source>
        <translation>ストア %1 に書き込めません: ファイルかフォルダーが読み取り専用か、フォルダーが削除されています (%2)。書きかけのものはなく、以前に保存したものも失われていません。フォルダーとファイルを書き込み可能に戻してから、もう一度試してください。</translation>
    </message>
    <message>
        <source>The store %1 could not %2: %3. Nothing was half-written; check the disk space and the file&apos;s permissions, then try again.</source>
        <translation>ストア %1 の%2に失敗しました: %3。書きかけのものはありません。ディスクの空き容量とファイルのアクセス権を確認してから、もう一度試してください。</translation>
    </message>
    <message>
        <source>The store %1 was deleted, moved or replaced by another file while Hindsight had it open. Nothing more is saved, so that nothing goes into a file no one will open again; what you are typing stays where it is. Restore the store (from a backup if need be), then start Hindsight again.</source>
        <translation>Hindsight が開いている間に、ストア %1 が削除、移動、または別のファイルに置き換えられました。誰も開かないファイルに書き込まないよう、これ以上は保存しません。入力中の内容はそのまま残ります。ストアを (必要ならバックアップから) 元に戻してから、Hindsight を起動し直してください。</translation>
    </message>
    <message>
        <source>The store&apos;s write-ahead log %1 was deleted or replaced by another program while Hindsight was writing to it. Nothing more is saved, so that nothing goes where it would be lost; what you are typing stays where it is. Copy any text you still need, quit Hindsight and start it again, then check the latest entries with &apos;hindsight check&apos; and &apos;hindsight show&apos;.</source>
        <translation>Hindsight が書き込んでいる間に、ストアの先行書き込みログ %1 が別のプログラムによって削除または置き換えられました。失われる場所に書き込まないよう、これ以上は保存しません。入力中の内容はそのまま残ります。必要なテキストをコピーしてから Hindsight を終了して起動し直し、&apos;hindsight check&apos; と &apos;hindsight show&apos; で最近のエントリーを確認してください。</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this machine (permissions %2). Hindsight makes a store readable by its owner only when it opens it; for another file, run: chmod 600 %1</source>
        <translation>%1 はこのマシンの他のユーザーが読み取れます (アクセス権 %2)。Hindsight はストアを開くときに所有者だけが読めるようにします。それ以外のファイルには次を実行してください: chmod 600 %1</translation>
    </message>
    <message>
        <source>%1 could be read by other users of this machine (permissions %2); it is now readable by you only (%3).</source>
        <translation>%1 はこのマシンの他のユーザーが読み取れる状態でした (アクセス権 %2)。あなただけが読めるように変更しました (%3)。</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this machine (permissions %2), and Hindsight could not change that (%3). Ask its owner to run: chmod 600 %1</source>
        <translation>%1 はこのマシンの他のユーザーが読み取れます (アクセス権 %2)。Hindsight はこれを変更できませんでした (%3)。所有者に次を実行してもらってください: chmod 600 %1</translation>
    </message>
</context>
<context>
    <name>hindsight::StoreBackup</name>
    <message>
        <source>Could not create a temporary folder to check %1: %2</source>
        <translation>%1 を検査するための一時フォルダーを作成できませんでした: %2</translation>
    </message>
    <message>
        <source>it is the store itself</source>
        <translation>ストアそのものです</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the store.</source>
        <translation>ストア用のフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not create a temporary folder beside %1: %2</source>
        <translation>%1 の隣に一時フォルダーを作成できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not prepare the copy of %1: %2. Nothing was changed.</source>
        <translation>%1 のコピーを準備できませんでした: %2。何も変更していません。</translation>
    </message>
    <message>
        <source>Could not restore %1 into the store %2: %3. The store was left as it was.</source>
        <translation>%1 をストア %2 に復元できませんでした: %3。ストアは元のままです。</translation>
    </message>
    <message>
        <source>The store %1 does not read back as expected after the restore. The store as it was before is kept as %2.</source>
        <translation>復元後のストア %1 を読み直すと期待どおりではありません。復元前のストアは %2 として残しています。</translation>
    </message>
    <message>
        <source>Could not read the store %1 to copy it: %2</source>
        <translation>コピーするためにストア %1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Hindsight did not upgrade the store %1, because it could not first keep a copy of it: %2 Nothing was changed; check the disk space and the folder&apos;s permissions, then try again.</source>
        <translation>Hindsight はストア %1 をアップグレードしませんでした。先にそのコピーを残せなかったためです: %2 何も変更していません。ディスクの空き容量とフォルダーのアクセス権を確認してから、もう一度試してください。</translation>
    </message>
</context>
<context>
    <name>hindsight::SuggestionsPanel</name>
    <message>
        <source>&lt;b&gt;Seen before?&lt;/b&gt; Similar playbooks and incidents</source>
        <translation>&lt;b&gt;以前にも?&lt;/b&gt; 似たプレイブックとインシデント</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>クリックして開く</translation>
    </message>
    <message>
        <source>Looking for similar playbooks and incidents…</source>
        <translation>似たプレイブックとインシデントを探しています…</translation>
    </message>
    <message>
        <source>Nothing similar yet: the log will tell more as it grows.</source>
        <translation>まだ似たものはありません: ログが増えると手がかりも増えます。</translation>
    </message>
    <message>
        <source>Playbook P%1</source>
        <translation>プレイブック P%1</translation>
    </message>
    <message>
        <source>Incident #%1</source>
        <translation>インシデント #%1</translation>
    </message>
    <message>
        <source> (exercise)</source>
        <translation> (演習)</translation>
    </message>
    <message>
        <source>Shares: %1</source>
        <translation>共通点: %1</translation>
    </message>
    <message>
        <source>%1% of what is distinctive about this incident. Click to open.</source>
        <translation>このインシデントの特徴の %1%。クリックして開きます。</translation>
    </message>
</context>
<context>
    <name>hindsight::TemplateLibrary</name>
    <message>
        <source>cannot be read: %1.</source>
        <translation>読み取れません: %1。</translation>
    </message>
    <message>
        <source>is not UTF-8 text.</source>
        <translation>UTF-8 テキストではありません。</translation>
    </message>
    <message>
        <source>not used: Hindsight uses its built-in template until this file is fixed or removed.</source>
        <translation>使用しません: このファイルが修正または削除されるまで、Hindsight は組み込みのテンプレートを使います。</translation>
    </message>
</context>
<context>
    <name>hindsight::TokenKeychain</name>
    <message>
        <source>The system keychain holds an empty GitHub token.</source>
        <translation>システムのキーチェーンにある GitHub トークンが空です。</translation>
    </message>
    <message>
        <source>The system keychain holds no GitHub token for this host.</source>
        <translation>システムのキーチェーンにはこのホストの GitHub トークンがありません。</translation>
    </message>
    <message>
        <source>No system keychain is available here (%1). Put the token in the environment variable HINDSIGHT_GITHUB_TOKEN instead; Hindsight never stores it in a plain file.</source>
        <translation>ここではシステムのキーチェーンを利用できません (%1)。代わりに環境変数 HINDSIGHT_GITHUB_TOKEN にトークンを設定してください。Hindsight がトークンを平文のファイルに保存することはありません。</translation>
    </message>
    <message>
        <source>The system keychain refused: %1. Unlock it and try again, or put the token in the environment variable HINDSIGHT_GITHUB_TOKEN.</source>
        <translation>システムのキーチェーンが拒否しました: %1。ロックを解除してもう一度試すか、環境変数 HINDSIGHT_GITHUB_TOKEN にトークンを設定してください。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds. Put the token in the environment variable HINDSIGHT_GITHUB_TOKEN instead.</source>
        <translation>システムのキーチェーンが %1 秒以内に応答しませんでした。代わりに環境変数 HINDSIGHT_GITHUB_TOKEN にトークンを設定してください。</translation>
    </message>
</context>
<context>
    <name>hindsight::TokenLookup</name>
    <message>
        <source>No GitHub token for %1: store one in Settings &gt; Publishing to GitHub, or set the environment variable %2 (or %3, %4) before starting Hindsight.</source>
        <translation>%1 の GitHub トークンがありません: 「設定 &gt; GitHub への公開」で保存するか、Hindsight を起動する前に環境変数 %2 (または %3、%4) を設定してください。</translation>
    </message>
</context>
<context>
    <name>hindsight::changes</name>
    <message>
        <source>Edit log entry</source>
        <translation>ログエントリーを編集</translation>
    </message>
    <message>
        <source>Mark key event</source>
        <translation>重要イベントの印を付ける</translation>
    </message>
    <message>
        <source>Unmark key event</source>
        <translation>重要イベントの印を外す</translation>
    </message>
    <message>
        <source>Change incident</source>
        <translation>インシデントの変更</translation>
    </message>
    <message>
        <source>Edit postmortem</source>
        <translation>ポストモーテムの編集</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>アクションアイテムを編集</translation>
    </message>
    <message>
        <source>Move action item</source>
        <translation>アクションアイテムの移動</translation>
    </message>
</context>
<context>
    <name>hindsight::undoactions</name>
    <message>
        <source>Hindsight</source>
        <translation>Hindsight</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>やり直す: %1(&amp;R)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>hindsight: cannot read standard input</source>
        <translation>hindsight: 標準入力を読み取れません</translation>
    </message>
    <message>
        <source>The store to open.</source>
        <translation>開くストア。</translation>
    </message>
    <message>
        <source>Hindsight cannot open its store</source>
        <translation>Hindsight はストアを開けません</translation>
    </message>
</context>
</TS>
