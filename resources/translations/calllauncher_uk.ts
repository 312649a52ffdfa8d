<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
<context>
    <name>Account</name>
    <message>
        <location filename="../../calllauncher/controller/account.py" line="+163"/>
        <source>The keyring holds no secret for API key {key}…: sign in again.</source>
        <translation>У сховищі паролів немає секрету для ключа API {key}…: увійдіть ще раз.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Could not delete the secret from the keyring, so you are still signed in. Check that your keyring is running and unlocked, then sign out again.</source>
        <translation>Не вдалося видалити секрет зі сховища паролів, тож ви досі в обліковому записі. Перевірте, що сховище запущене й розблоковане, і вийдіть ще раз.</translation>
    </message>
    <message>
        <location filename="../../calllauncher/wording/sign_in.py" line="+65"/>
        <source>Windows Credential Manager</source>
        <translation>Диспетчер облікових даних Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the macOS Keychain</source>
        <translation>Зв’язка ключів macOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Secret Service keyring (GNOME Keyring or KWallet)</source>
        <translation>сховище паролів Secret Service (GNOME Keyring або KWallet)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No keyring is available to keep your secret safely. This system needs {keyring}. You can use the secret for this session only: CallLauncher will ask for it again next time.</source>
        <translation>Немає сховища паролів, щоб надійно зберегти секрет. Для цього в системі має працювати {keyring}. Можна використати секрет лише для цього сеансу: наступного разу CallLauncher попросить його знову.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your keyring did not answer in time. If it is asking to be unlocked, unlock it and press Retry; or type the secret, test it, and use it for this session only.</source>
        <translation>Сховище паролів не відповіло вчасно. Якщо воно просить розблокування, розблокуйте його і натисніть «Повторити»; або введіть секрет, перевірте його і використайте лише для цього сеансу.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your keyring is locked. Unlock it (it may be asking for your login password), then press Retry.</source>
        <translation>Сховище паролів заблоковане. Розблокуйте його (можливо, воно просить пароль входу в систему) і натисніть «Повторити».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keyring refused to read the saved secret. Check that your keyring is running and unlocked, then press Retry.</source>
        <translation>Сховище паролів не дало прочитати збережений секрет. Перевірте, що сховище запущене й розблоковане, і натисніть «Повторити».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring refused to save the secret. Check that your keyring is running and unlocked, then press Retry, or use the secret for this session only.</source>
        <translation>Сховище паролів не дало зберегти секрет. Перевірте, що сховище запущене й розблоковане, і натисніть «Повторити» або використайте секрет лише для цього сеансу.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The API key or secret is wrong (PBX code 121). Copy both again from your Binotel account, or ask your administrator for them.</source>
        <translation>Неправильний ключ або секрет API (код АТС 121). Скопіюйте обидва ще раз з кабінету Binotel або попросіть їх в адміністратора.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PBX refused this computer&apos;s IP address (HTTP 403). Binotel only answers registered addresses: ask Binotel support to register this one.</source>
        <translation>АТС відхилила IP-адресу цього комп’ютера (HTTP 403). Binotel відповідає лише зареєстрованим адресам: попросіть підтримку Binotel зареєструвати цю.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PBX did not answer properly ({what}). Most often this means it refused this computer&apos;s IP address: ask Binotel support to register it.</source>
        <translation>АТС відповіла некоректно ({what}). Найчастіше це означає, що вона відхилила IP-адресу цього комп’ютера: попросіть підтримку Binotel зареєструвати її.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data</source>
        <translation>немає даних</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate problem: the PBX&apos;s certificate could not be verified, so the connection is not safe. If your office uses an inspecting proxy, choose its CA bundle under Advanced.</source>
        <translation>Проблема з сертифікатом: сертифікат АТС не вдалося перевірити, тож з’єднання небезпечне. Якщо в офісі працює проксі з перевіркою HTTPS, виберіть його файл сертифікатів CA у розділі «Додатково».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No network: the PBX could not be reached. Check this computer&apos;s internet connection, and the API URL under Advanced.</source>
        <translation>Немає мережі: не вдалося з’єднатися з АТС. Перевірте підключення цього комп’ютера до інтернету та адресу API у розділі «Додатково».</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Signed in: the PBX accepted the key and secret and lists %n employees. Choose your extension, then Save.</source>
        <translation>
            <numerusform>Вхід виконано: АТС прийняла ключ і секрет, у списку %n працівник. Виберіть свій внутрішній номер і натисніть «Зберегти».</numerusform>
            <numerusform>Вхід виконано: АТС прийняла ключ і секрет, у списку %n працівники. Виберіть свій внутрішній номер і натисніть «Зберегти».</numerusform>
            <numerusform>Вхід виконано: АТС прийняла ключ і секрет, у списку %n працівників. Виберіть свій внутрішній номер і натисніть «Зберегти».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the API key from your Binotel account.</source>
        <translation>Введіть ключ API з кабінету Binotel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the API secret that goes with the key.</source>
        <translation>Введіть секрет API до цього ключа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a web address, like https://api.binotel.com/api/.</source>
        <translation>Введіть вебадресу, наприклад https://api.binotel.com/api/.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must start with https:// — the secret would travel unencrypted.</source>
        <translation>Адреса має починатися з https://, інакше секрет передаватиметься без шифрування.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA bundle file {file} does not exist.</source>
        <translation>Файлу сертифікатів CA {file} не існує.</translation>
    </message>
</context>
<context>
    <name>AccountFlows</name>
    <message>
        <location filename="../../calllauncher/ui/account_flows.py" line="+74"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Увійти…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch account…</source>
        <translation>&amp;Змінити обліковий запис…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Sign &amp;out</source>
        <translation>Вийти з &amp;облікового запису</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leave the &amp;demo</source>
        <translation>Вийти з &amp;демо</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign out</source>
        <translation>Вийти з облікового запису</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out and delete the secret of API key {key}… from this computer? You will need the key and secret to sign in again.</source>
        <translation>Вийти й видалити секрет API-ключа {key}… з цього комп’ютера? Щоб увійти знову, знадобляться ключ і секрет.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in again…</source>
        <translation>Увійти знову…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opening your keyring…</source>
        <translation>Відкриваємо сховище паролів…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not signed in. Choose Sign in… in the CallLauncher menu when ready.</source>
        <translation>Вхід не виконано. Коли будете готові, виберіть «Увійти…» в меню CallLauncher.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Switch account</source>
        <translation>Змінити обліковий запис</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed out.</source>
        <translation>Ви вийшли з облікового запису.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The new language applies when CallLauncher restarts.</source>
        <translation>Нова мова запрацює після перезапуску CallLauncher.</translation>
    </message>
</context>
<context>
    <name>AnswerBox</name>
    <message>
        <location filename="../../calllauncher/ui/account_widgets.py" line="+32"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../calllauncher/application.py" line="+378"/>
        <source>Log file: {path}</source>
        <translation>Файл журналу: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong inside the app. It keeps running; what happened is written to its log file.</source>
        <translation>У застосунку щось пішло не так. Він працює далі; що сталося, записано в його журнал.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Quit CallLauncher</source>
        <translation>Вийти з CallLauncher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls still going on: {count}. Quit anyway? They go on without the app following them, and can&apos;t be hung up from here.</source>
        <translation>Дзвінків ще триває: {count}. Усе одно вийти? Вони триватимуть без нагляду застосунку, і звідси їх уже не можна буде завершити.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../calllauncher/ui/banner.py" line="+47"/>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show details</source>
        <translation>Показати подробиці</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Закрити повідомлення</translation>
    </message>
</context>
<context>
    <name>CallOptions</name>
    <message>
        <location filename="../../calllauncher/ui/widgets/call_options.py" line="+16"/>
        <location line="+8"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No limit</source>
        <translation>Без обмеження</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Play &quot;please hold, connecting&quot;</source>
        <translation>Відтворювати «Зачекайте, з’єдную»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer&apos;s number</source>
        <translation>Номер клієнта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Don&apos;t wait for me to pick up</source>
        <translation>Не чекати, поки я зніму слухавку</translation>
    </message>
</context>
<context>
    <name>CallRow</name>
    <message>
        <location filename="../../calllauncher/ui/live_calls_view.py" line="+51"/>
        <source>Call state</source>
        <translation>Стан дзвінка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transfer…</source>
        <translation>Переадресувати…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer this call</source>
        <translation>Переадресувати цей дзвінок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer to a colleague or another number</source>
        <translation>Переадресувати колезі або на інший номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hang up</source>
        <translation>Покласти слухавку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hang up this call</source>
        <translation>Завершити цей дзвінок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End this call (Ctrl+H ends the newest call)</source>
        <translation>Завершити цей дзвінок (Ctrl+H завершує найновіший)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this call</source>
        <translation>Скасувати цей дзвінок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t make this call</source>
        <translation>Не здійснювати цей дзвінок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call again</source>
        <translation>Подзвонити ще раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call this number again</source>
        <translation>Подзвонити на цей номер ще раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the same call again</source>
        <translation>Здійснити той самий дзвінок ще раз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove from the list</source>
        <translation>Прибрати зі списку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this call from the list</source>
        <translation>Прибрати цей дзвінок зі списку</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cancelled: if your phone rings, the call is ended at once</source>
        <translation>скасовано: якщо ваш телефон задзвонить, дзвінок одразу завершиться</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>can&apos;t reach the PBX to follow this call; trying again</source>
        <translation>не вдається зв’язатися з АТС, щоб стежити за дзвінком; пробуємо знову</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transferred to {target}</source>
        <translation>переадресовано на {target}</translation>
    </message>
</context>
<context>
    <name>CallbackQueue</name>
    <message>
        <location filename="../../calllauncher/controller/callback_queue.py" line="+218"/>
        <source>you</source>
        <translation>ви</translation>
    </message>
</context>
<context>
    <name>CallbackView</name>
    <message>
        <location filename="../../calllauncher/ui/callback_view.py" line="+103"/>
        <source>To call back ({n})</source>
        <translation>Передзвонити ({n})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{caller} was reached by {who}.</source>
        <translation>З {caller} уже зв’язався(-лася) {who}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../calllauncher/cli/commands.py" line="+74"/>
        <source>Fix it (a two-letter code such as UA) to dial from here.</source>
        <translation>Виправте його (дволітерний код, наприклад UA), щоб дзвонити звідси.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fix it, or give --api-version.</source>
        <translation>Виправте її або вкажіть --api-version.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not signed in. Run `calllauncher login` first.</source>
        <translation>Вхід не виконано. Спершу виконайте `calllauncher login`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No secret for this API key in the keyring. Run `calllauncher login`.</source>
        <translation>У сховищі паролів немає секрету для цього ключа API. Виконайте `calllauncher login`.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>call started (the PBX gave no call id)</source>
        <translation>дзвінок розпочато (АТС не повідомила ідентифікатор дзвінка)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The PBX has not listed call {call} after {seconds} seconds, so it can&apos;t be followed. Check it later with `calllauncher status {call}`.</source>
        <translation>АТС не показала дзвінок {call} за {seconds} с, тож стежити за ним неможливо. Перевірте його пізніше: `calllauncher status {call}`.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Which extension should ring first? Give --ext, or save yours with `calllauncher login --ext EXT`.</source>
        <translation>Який внутрішній номер має задзвонити першим? Вкажіть --ext або збережіть свій командою `calllauncher login --ext EXT`.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connecting two numbers needs a company number: give --from.</source>
        <translation>Щоб з’єднати два номери, потрібен номер компанії: вкажіть --from.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>call {call} transferred to {target}</source>
        <translation>дзвінок {call} переадресовано на {target}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>call {call} hung up</source>
        <translation>дзвінок {call} завершено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not listed yet (a call that just started may take a moment to appear)</source>
        <translation>ще немає у списку (щойно розпочатий дзвінок з’являється не одразу)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The demo PBX needs no sign-in.</source>
        <translation>Для демо-АТС вхід не потрібен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key: </source>
        <translation>Ключ API: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An API key is needed to sign in.</source>
        <translation>Для входу потрібен ключ API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API secret: </source>
        <translation>Секрет API: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API secret is needed to sign in.</source>
        <translation>Для входу потрібен секрет API.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Signed in (%n employees).</source>
        <translation>
            <numerusform>Вхід виконано (%n працівник).</numerusform>
            <numerusform>Вхід виконано (%n працівники).</numerusform>
            <numerusform>Вхід виконано (%n працівників).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note: no employee has extension {ext}.</source>
        <translation>увага: жоден працівник не має внутрішнього номера {ext}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed out.</source>
        <translation>Ви вийшли з облікового запису.</translation>
    </message>
    <message>
        <location filename="../../calllauncher/cli/parser.py" line="+49"/>
        <source>“{word}” is not a command, a link or a phone number. Did you mean “{command}”?</source>
        <translation>«{word}» — це не команда, не посилання і не номер телефону. Можливо, ви мали на увазі «{command}»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{word}” is not a command, a link or a phone number. Commands: {commands}.</source>
        <translation>«{word}» — це не команда, не посилання і не номер телефону. Команди: {commands}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give whole seconds from {low} to {high}, not {value}</source>
        <translation>вкажіть ціле число секунд від {low} до {high}, а не {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>API base before the version segment</source>
        <translation>базова адреса API перед номером версії</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wire version</source>
        <translation>версія протоколу API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use the built-in demo PBX, no account needed</source>
        <translation>вбудована демо-АТС, обліковий запис не потрібен</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Click-to-call for the Binotel PBX. Subcommands: {commands}</source>
        <translation>Дзвінки в один клік через АТС Binotel. Команди: {commands}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>start in the tray</source>
        <translation>запустити в області сповіщень</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dial the number in the clipboard at once</source>
        <translation>одразу набрати номер з буфера обміну</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>handle tel: and callto: links</source>
        <translation>відкривати посилання tel: і callto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stop handling links</source>
        <translation>більше не відкривати посилання</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the installation</source>
        <translation>перевірити встановлення</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tel:, callto: or sip: link, or a number</source>
        <translation>посилання tel:, callto: чи sip: або номер</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ring my extension, then the number</source>
        <translation>подзвонити на мій внутрішній, потім на номер</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+90"/>
        <source>my extension (default: the one saved by login --ext)</source>
        <translation>мій внутрішній номер (типово: збережений командою login --ext)</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>company number</source>
        <translation>номер компанії</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>don&apos;t wait for pickup</source>
        <translation>не чекати, поки я зніму слухавку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seconds to ring my phone</source>
        <translation>скільки секунд дзвонити на мій телефон</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cap on call length, seconds</source>
        <translation>обмеження тривалості розмови, секунд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no &quot;please hold&quot; message</source>
        <translation>без повідомлення «Зачекайте, з’єдную»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what my phone shows instead</source>
        <translation>що показувати на моєму телефоні замість номера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print each state until the end</source>
        <translation>виводити кожен стан до завершення</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connect two outside numbers</source>
        <translation>з’єднати два зовнішні номери</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>call and play a recorded announcement</source>
        <translation>подзвонити й відтворити записане оголошення</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>call into a voice menu</source>
        <translation>дзвінок у голосове меню</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>transfer a call to a colleague or number</source>
        <translation>переадресувати дзвінок колезі або на номер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>end a call</source>
        <translation>завершити дзвінок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show a call&apos;s state</source>
        <translation>показати стан дзвінка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list employees and their extensions</source>
        <translation>список працівників і їхніх внутрішніх номерів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list voice files for announcements</source>
        <translation>список голосових файлів для оголошень</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign in; the secret goes to the OS keyring</source>
        <translation>увійти; секрет зберігається у сховищі паролів системи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key (asked for when missing)</source>
        <translation>ключ API (якщо не вказано, програма запитає)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>my extension, used when --ext is not given</source>
        <translation>мій внутрішній номер, коли --ext не вказано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign out and delete the secret from the keyring</source>
        <translation>вийти й видалити секрет зі сховища паролів</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today&apos;s missed calls to call back</source>
        <translation>сьогоднішні пропущені дзвінки, на які треба передзвонити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON</source>
        <translation>вивести JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number&apos;s name and its last calls</source>
        <translation>ім’я за номером і останні дзвінки з ним</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>live company calls, one line each</source>
        <translation>дзвінки компанії наживо, по рядку на подію</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>my status: show it, or set it</source>
        <translation>мій статус: показати або змінити</translation>
    </message>
    <message>
        <location filename="../../calllauncher/cli/live.py" line="+89"/>
        <source>Nobody to call back today.</source>
        <translation>Сьогодні нікому передзвонювати.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tries: {n}</source>
        <translation>спроб: {n}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Manager: {name}</source>
        <translation>Менеджер: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No calls with this number.</source>
        <translation>З цим номером дзвінків немає.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in</source>
        <translation>вх.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>out</source>
        <translation>вих.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>answered by {ext}</source>
        <translation>відповів(-ла) {ext}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Listening to {url} (Ctrl+C stops)</source>
        <translation>Слухаю {url} (Ctrl+C — зупинити)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>calllauncher: the WebSocket refused the key {key}…</source>
        <translation>calllauncher: WebSocket не прийняв ключ {key}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>calllauncher: live calls unavailable ({why}); trying again in {n} s</source>
        <translation>calllauncher: дзвінки наживо недоступні ({why}); наступна спроба за {n} с</translation>
    </message>
    <message>
        <location filename="../../calllauncher/cli/team.py" line="+31"/>
        <source>Whose status? Give --ext, or save yours with `calllauncher login --ext EXT`.</source>
        <translation>Чий статус? Вкажіть --ext або збережіть свій номер: `calllauncher login --ext EXT`.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No employee has extension {ext}, so it has no status.</source>
        <translation>Внутрішній номер {ext} не належить жодному співробітнику, тож статусу в нього немає.</translation>
    </message>
</context>
<context>
    <name>CompactWindow</name>
    <message>
        <location filename="../../calllauncher/ui/compact_window.py" line="+97"/>
        <source>Compact — CallLauncher</source>
        <translation>Компактне вікно — CallLauncher</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Start the call (Enter)</source>
        <translation>Почати дзвінок (Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full window ({key})</source>
        <translation>Повне вікно ({key})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full window</source>
        <translation>Повне вікно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the calls to call back</source>
        <translation>Показати, кому передзвонити</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../calllauncher/ui/dossier_view.py" line="+71"/>
        <source>Add to Binotel CRM</source>
        <translation>Додати до CRM Binotel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s or company&apos;s name</source>
        <translation>Ім&apos;я клієнта або назва компанії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody (no extension of yours is set)</source>
        <translation>нікому (ваш внутрішній номер не задано)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ім&apos;я:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to:</source>
        <translation>Відповідальний:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the contact to Binotel&apos;s CRM (Enter)</source>
        <translation>Додати контакт до CRM Binotel (Enter)</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../calllauncher/services/desktop/__init__.py" line="+121"/>
        <source>On macOS, choose another app for calls in FaceTime ▸ Settings ▸ Default for calls.</source>
        <translation>У macOS виберіть іншу програму для дзвінків у FaceTime ▸ Параметри ▸ Типово для дзвінків.</translation>
    </message>
    <message>
        <location filename="../../calllauncher/services/desktop/common.py" line="+88"/>
        <location filename="../../calllauncher/services/desktop/macos.py" line="+40"/>
        <source>Can&apos;t write {path}: {reason}.</source>
        <translation>Не вдалося записати {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Can&apos;t remove {path}: {reason}.</source>
        <translation>Не вдалося видалити {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../calllauncher/services/desktop/linux.py" line="+51"/>
        <source>The app&apos;s path has a control character in it: {path}.</source>
        <translation>Шлях до програми містить керівний символ: {path}.</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Your desktop still opens links with {apps}; choose CallLauncher in its Default Applications settings.</source>
        <translation>Ваше робоче середовище досі відкриває посилання через {apps}; виберіть CallLauncher у налаштуваннях типових програм.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CallLauncher now opens tel: and callto: links.</source>
        <translation>Тепер CallLauncher відкриває посилання tel: і callto:.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CallLauncher no longer opens tel: and callto: links.</source>
        <translation>CallLauncher більше не відкриває посилання tel: і callto:.</translation>
    </message>
    <message>
        <location filename="../../calllauncher/services/desktop/macos.py" line="+18"/>
        <source>On macOS, links are handled by the CallLauncher app; this copy runs from Python, so it can&apos;t be chosen for tel: links.</source>
        <translation>У macOS посилання відкриває застосунок CallLauncher; ця копія працює з Python, тож її не можна вибрати для посилань tel:.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install the CallLauncher app to handle links.</source>
        <translation>Установіть застосунок CallLauncher, щоб він відкривав посилання.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CallLauncher can now open tel: and callto: links: choose it in FaceTime ▸ Settings ▸ Default for calls.</source>
        <translation>Тепер CallLauncher може відкривати посилання tel: і callto:. Виберіть його у FaceTime ▸ Параметри ▸ Типово для дзвінків.</translation>
    </message>
    <message>
        <location filename="../../calllauncher/services/desktop/windows.py" line="+106"/>
        <source>Can&apos;t write to the registry: {reason}.</source>
        <translation>Не вдалося записати в реєстр: {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CallLauncher is offered for tel: and callto: links. In Settings ▸ Default apps, which opens now, pick CallLauncher for TEL and CALLTO.</source>
        <translation>CallLauncher пропонується для посилань tel: і callto:. У вікні Параметри ▸ Програми за замовчуванням, яке зараз відкриється, виберіть CallLauncher для TEL і CALLTO.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+22"/>
        <source>Can&apos;t change the registry: {reason}.</source>
        <translation>Не вдалося змінити реєстр: {reason}.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>CallLauncher no longer offers to open tel: and callto: links.</source>
        <translation>CallLauncher більше не пропонується для посилань tel: і callto:.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This works on Windows only.</source>
        <translation>Це працює лише у Windows.</translation>
    </message>
</context>
<context>
    <name>DialController</name>
    <message>
        <location filename="../../calllauncher/controller/dialer.py" line="+130"/>
        <source>The call to {who} may have started a moment ago, so it was not sent again. Check first; if it did not start, try again in a few seconds.</source>
        <translation>Дзвінок на {who} міг початися щойно, тож його не надіслано вдруге. Спершу перевірте; якщо він не почався, спробуйте знову за кілька секунд.</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <location filename="../../calllauncher/ui/widgets/dial_pad.py" line="+26"/>
        <source>Delete</source>
        <translation>Стерти</translation>
    </message>
</context>
<context>
    <name>DialerForm</name>
    <message>
        <location filename="../../calllauncher/ui/dialer_form.py" line="+98"/>
        <source>Kind of call</source>
        <translation>Вид дзвінка</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect two numbers</source>
        <translation>Два номери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcement</source>
        <translation>Оголошення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice menu</source>
        <translation>Голосове меню</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Pad</source>
        <translation>Цифри</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the dial pad (Ctrl+D)</source>
        <translation>Показати клавіатуру набору (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial pad</source>
        <translation>Клавіатура набору</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Second phone number</source>
        <translation>Другий номер телефону</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My extension</source>
        <translation>Мій внутрішній номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your desk phone rings first; the customer is dialled when you pick up.</source>
        <translation>Спершу дзвонить ваш робочий телефон; клієнта набираємо, коли ви знімете слухавку.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>e.g. 901</source>
        <translation>напр. 901</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Other call</source>
        <translation>Інший дзвінок</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other kinds of call: connect two numbers, announcement, voice menu (Ctrl+2…4)</source>
        <translation>Інші види дзвінка: з&apos;єднати два номери, оголошення, голосове меню (Ctrl+2…4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← Ordinary call</source>
        <translation>← Звичайний дзвінок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the ordinary call (Ctrl+1)</source>
        <translation>Назад до звичайного дзвінка (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Company number to call from</source>
        <translation>Номер компанії, з якого дзвонити</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+218"/>
        <source>PBX default</source>
        <translation>Як налаштовано в АТС</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Announcement to play</source>
        <translation>Оголошення, яке відтворити</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the list from the PBX (F5)</source>
        <translation>Оновити список з АТС (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload announcements</source>
        <translation>Оновити оголошення</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Voice menu name</source>
        <translation>Назва голосового меню</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>More options</source>
        <translation>Додаткові параметри</translation>
    </message>
    <message>
        <location filename="../../calllauncher/ui/compact_window.py" line="-15"/>
        <location filename="../../calllauncher/ui/dialer_form.py" line="+4"/>
        <location line="+193"/>
        <source>Call</source>
        <comment>button</comment>
        <translation>Подзвонити</translation>
    </message>
    <message>
        <location filename="../../calllauncher/ui/dialer_form.py" line="-185"/>
        <source>Start the call (Enter or Ctrl+Return)</source>
        <translation>Почати дзвінок (Enter або Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the call</source>
        <translation>Почати дзвінок</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Name or number:</source>
        <translation>&amp;Ім&apos;я або номер:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Second number:</source>
        <translation>&amp;Другий номер:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My &amp;extension:</source>
        <translation>&amp;Внутрішній номер:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call &amp;from:</source>
        <translation>Дзвонити &amp;з номера:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Announcement:</source>
        <translation>&amp;Оголошення:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Voice menu:</source>
        <translation>&amp;Голосове меню:</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Ring my phone for, seconds</source>
        <translation>Скільки секунд дзвонити на мій телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest call, seconds</source>
        <translation>Найдовша розмова, секунд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a please-hold message</source>
        <translation>Відтворювати повідомлення «Зачекайте»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What my phone shows</source>
        <translation>Що показує мій телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t wait for my pickup</source>
        <translation>Не чекати, поки я зніму слухавку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ring my phone for:</source>
        <translation>Дзвонити на мій телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My phone shows:</source>
        <translation>Мій телефон показує:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest call:</source>
        <translation>Найдовша розмова:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>First phone number</source>
        <translation>Перший номер телефону</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required: a company number</source>
        <translation>Обов’язково: номер компанії</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect</source>
        <translation>З’єднати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call with announcement</source>
        <translation>Подзвонити з оголошенням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call into voice menu</source>
        <translation>Подзвонити в голосове меню</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Calling…</source>
        <translation>Дзвонимо…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Voice file {id}</source>
        <translation>Голосовий файл {id}</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../calllauncher/ui/dossier_view.py" line="+19"/>
        <source>Calls with {number}</source>
        <translation>Дзвінки з {number}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Calls with this number</source>
        <translation>Дзвінки з цим номером</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who talked</source>
        <translation>Хто говорив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Play recording</source>
        <translation>Прослухати запис</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the call&apos;s recording in your player or browser (Ctrl+P)</source>
        <translation>Відкрити запис дзвінка в програвачі або браузері (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note…</source>
        <translation>Нотатка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note or pick an outcome (F2 or Enter)</source>
        <translation>Написати нотатку або вибрати результат (F2 або Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy number · name · outcome · note (Ctrl+C)</source>
        <translation>Копіювати номер · ім&apos;я · результат · нотатку (Ctrl+C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in Binotel</source>
        <translation>Відкрити в Binotel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number&apos;s history in the Binotel cabinet, in your browser (Ctrl+O)</source>
        <translation>Історія цього номера в кабінеті Binotel, у браузері (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to Binotel CRM…</source>
        <translation>Додати до CRM Binotel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add this number to Binotel&apos;s CRM, assigned to you (Ctrl+N)</source>
        <translation>Додати цей номер до CRM Binotel, відповідальний — ви (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>incoming</source>
        <translation>вхідний</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outgoing</source>
        <translation>вихідний</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>▶ recorded</source>
        <translation>▶ є запис</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>failed: {reason}</source>
        <translation>не вдалося: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outcome unknown: the app was closed while it started</source>
        <translation>результат невідомий: застосунок закрили, поки дзвінок починався</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starting…</source>
        <translation>починається…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started</source>
        <translation>розпочато</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open Binotel&apos;s add-contact page</source>
        <translation>Відкрити сторінку додавання контакту в Binotel</translation>
    </message>
</context>
<context>
    <name>EditableList</name>
    <message>
        <location filename="../../calllauncher/ui/account_widgets.py" line="+67"/>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../calllauncher/wording/failures.py" line="+27"/>
        <source>The PBX does not know this operation. Check the API version in the settings or update the app.</source>
        <translation>АТС не знає такої операції. Перевірте версію API в налаштуваннях або оновіть програму.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX says some required information is missing from the request.</source>
        <translation>АТС повідомляє, що в запиті бракує обов’язкових даних.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX rejected a value in the request. Check the numbers; if they are right, ask your administrator whether API calls are enabled for this line.</source>
        <translation>АТС відхилила значення в запиті. Перевірте номери; якщо вони правильні, запитайте адміністратора, чи ввімкнено дзвінки через API для цієї лінії.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX had an internal fault. Try again in a minute.</source>
        <translation>Внутрішня помилка АТС. Спробуйте ще раз за хвилину.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your company&apos;s Binotel account is disabled. Contact Binotel support.</source>
        <translation>Обліковий запис вашої компанії в Binotel вимкнено. Зверніться до підтримки Binotel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key or secret is wrong. Sign in again with the key and secret from your Binotel account.</source>
        <translation>Неправильний ключ або секрет API. Увійдіть ще раз із ключем і секретом з кабінету Binotel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your phone did not answer or is offline. Check that your desk phone is connected, and pick up when it rings.</source>
        <translation>Ваш телефон не відповів або не в мережі. Перевірте, що робочий телефон підключено, і зніміть слухавку, коли він задзвонить.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX could not reach the number you called. Check the number and try again.</source>
        <translation>АТС не змогла додзвонитися на цей номер. Перевірте номер і спробуйте ще раз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PBX rejected a value in the request: {reason}</source>
        <translation>АТС відхилила значення в запиті: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX refused the request ({reason}).</source>
        <translation>АТС відхилила запит ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>без пояснення причини</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PBX code {code}: {message}</source>
        <translation>Код АТС {code}: {message}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no content type</source>
        <translation>тип вмісту не вказано</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байти</numerusform>
            <numerusform>%n байтів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The call may still have started: wait a minute and look for it in the Binotel call list before trying again, so nobody is called twice.</source>
        <translation>Дзвінок міг уже початися: зачекайте хвилину й пошукайте його в списку дзвінків Binotel, перш ніж пробувати знову, щоб нікому не подзвонити двічі.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The call may still have started: check your phone before trying again.</source>
        <translation>Дзвінок міг усе ж розпочатися: перш ніж пробувати знову, перевірте телефон.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The proxy server refused the connection. Check the proxy settings.</source>
        <translation>Проксі-сервер відхилив з’єднання. Перевірте налаштування проксі.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach the PBX in time. Check your internet connection.</source>
        <translation>Не вдалося вчасно зв’язатися з АТС. Перевірте підключення до інтернету.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PBX&apos;s address sent the app somewhere else instead of answering, so nothing was sent there. Check the API address in the settings.</source>
        <translation>Адреса АТС переспрямувала програму деінде замість відповіді, тож туди нічого не надіслано. Перевірте адресу API в налаштуваннях.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PBX sent an answer far too large to be real, so the app stopped reading it.</source>
        <translation>АТС надіслала надто велику відповідь, щоб вона була справжньою, тож програма припинила її читати.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX&apos;s answer failed its signature check, so it was not trusted.</source>
        <translation>Відповідь АТС не пройшла перевірку підпису, тож її відхилено.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sign in first: the app has no account to call with.</source>
        <translation>Спершу увійдіть: у програми немає облікового запису для дзвінків.</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Too many requests to the PBX in a short time. Wait %n seconds and try again.</source>
        <translation>
            <numerusform>Забагато запитів до АТС за короткий час. Зачекайте %n секунду й спробуйте ще раз.</numerusform>
            <numerusform>Забагато запитів до АТС за короткий час. Зачекайте %n секунди й спробуйте ще раз.</numerusform>
            <numerusform>Забагато запитів до АТС за короткий час. Зачекайте %n секунд і спробуйте ще раз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-118"/>
        <source>The PBX did not answer in time.</source>
        <translation>АТС не відповіла вчасно.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The PBX&apos;s certificate could not be verified, so the connection is not safe. If your office uses an inspecting proxy, set its CA bundle in the settings.</source>
        <translation>Сертифікат АТС не вдалося перевірити, тож з’єднання небезпечне. Якщо в офісі працює проксі з перевіркою HTTPS, вкажіть його файл сертифікатів CA в налаштуваннях.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PBX&apos;s address could not be found. Check your internet connection.</source>
        <translation>Не вдалося знайти адресу АТС. Перевірте підключення до інтернету.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not connect to the PBX. Check your internet connection and the API address.</source>
        <translation>Не вдалося підключитися до АТС. Перевірте підключення до інтернету та адресу API.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The connection to the PBX was cut off.</source>
        <translation>З’єднання з АТС обірвалося.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not talk to the PBX. Check your internet connection.</source>
        <translation>Не вдалося зв’язатися з АТС. Перевірте підключення до інтернету.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The PBX did not answer properly (HTTP {status}).</source>
        <translation>АТС відповіла некоректно (HTTP {status}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PBX sent an answer the app does not understand.</source>
        <translation>АТС надіслала відповідь, якої програма не розуміє.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If this computer&apos;s IP address is not registered with Binotel, ask Binotel support to add it.</source>
        <translation>Якщо IP-адресу цього комп’ютера не зареєстровано в Binotel, попросіть підтримку Binotel додати її.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Something went wrong inside the app. Try again; if it keeps happening, send the log file to support.</source>
        <translation>У програмі сталася помилка. Спробуйте ще раз; якщо вона повторюється, надішліть файл журналу в підтримку.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../calllauncher/controller/form.py" line="+100"/>
        <source>Choose the company number to connect the call through.</source>
        <translation>Виберіть номер компанії, через який з’єднати дзвінок.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose your extension: your desk phone rings first.</source>
        <translation>Виберіть свій внутрішній номер: першим задзвонить ваш робочий телефон.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the announcement to play.</source>
        <translation>Виберіть оголошення, яке відтворити.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type or choose the voice menu&apos;s name.</source>
        <translation>Введіть або виберіть назву голосового меню.</translation>
    </message>
    <message>
        <location filename="../../calllauncher/wording/numbers.py" line="+22"/>
        <source>Type a phone number.</source>
        <translation>Введіть номер телефону.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number is too short.</source>
        <translation>Цей номер закороткий.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number is too long.</source>
        <translation>Цей номер задовгий.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number has letters in it.</source>
        <translation>У цьому номері є літери.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number has no digits in it.</source>
        <translation>У цьому номері немає цифр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The + sign can only go at the very start of the number.</source>
        <translation>Знак + може стояти лише на самому початку номера.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extensions after the number (like “ext. 12”) aren&apos;t supported; type the main number only.</source>
        <translation>Додатковий номер після основного (як «дод. 12») не підтримується; введіть лише основний номер.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An extension can&apos;t be used here; type a full phone number.</source>
        <translation>Внутрішній номер тут не підходить; введіть повний номер телефону.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number doesn&apos;t start with a real country code.</source>
        <translation>Цей номер не починається з дійсного коду країни.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This link does not hold a phone number.</source>
        <translation>У цьому посиланні немає номера телефону.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian numbers have 10 digits, starting with 0; this one has {n}.</source>
        <translation>Українські номери мають 10 цифр і починаються з 0; у цьому цифр: {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+380 numbers have 9 digits after the country code; this one has {n}.</source>
        <translation>Номери +380 мають 9 цифр після коду країни; у цьому цифр: {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After +380 or the first 0, a Ukrainian number can&apos;t start with another 0.</source>
        <translation>Після +380 або першого 0 український номер не може починатися ще з одного 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ukrainian numbers start with 0. For another country, type + and the country code first.</source>
        <translation>Українські номери починаються з 0. Для іншої країни спершу введіть + і код країни.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This number is too long for Ukraine. For another country, type + and the country code first.</source>
        <translation>Цей номер задовгий для України. Для іншої країни спершу введіть + і код країни.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This number is too short; add the area code in front (like 044 for Kyiv).</source>
        <translation>Цей номер закороткий; додайте на початку код міста (як 044 для Києва).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number has a character that can&apos;t be dialled: “{char}”.</source>
        <translation>У цьому номері є символ, який не можна набрати: «{char}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number is too short for country code +{code}.</source>
        <translation>Цей номер закороткий для коду країни +{code}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number is too long for country code +{code}.</source>
        <translation>Цей номер задовгий для коду країни +{code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number has the wrong number of digits for country code +{code}.</source>
        <translation>У цьому номері неправильна кількість цифр для коду країни +{code}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This isn&apos;t a real phone number for country code +{code}.</source>
        <translation>Це не справжній номер телефону для коду країни +{code}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} is an emergency number. Dial it from a phone directly: a call started through the PBX may not reach the emergency service near you.</source>
        <translation>{number} — номер екстреної служби. Наберіть його прямо з телефона: дзвінок, розпочатий через АТС, може не потрапити до служби поруч із вами.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../calllauncher/services/history.py" line="+280"/>
        <source>Call history can&apos;t be saved on this computer this time ({folder} is not writable); it is kept until you quit.</source>
        <translation>Цього разу історію дзвінків не вдається зберегти на цьому комп’ютері (у {folder} не можна записувати); вона зберігається до виходу з програми.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The call history file was damaged, so a new one was started. The old file was kept as {name}.</source>
        <translation>Файл історії дзвінків пошкоджено, тому розпочато новий. Старий файл збережено як {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call history can&apos;t be saved: the disk is full. Calls still go out, but they are not recorded until there is free space.</source>
        <translation>Історію дзвінків не вдається зберегти: диск заповнений. Дзвінки й далі йдуть, але не записуються, доки не звільниться місце.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call history can&apos;t be saved ({reason}). Calls still go out, but they are not recorded.</source>
        <translation>Історію дзвінків не вдається зберегти ({reason}). Дзвінки й далі йдуть, але не записуються.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The app was closed while this call was being started, so whether it went through is not known.</source>
        <translation>Програму закрили, поки цей дзвінок починався, тож невідомо, чи він відбувся.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../calllauncher/ui/history_view.py" line="+45"/>
        <source>Call history</source>
        <translation>Історія дзвінків</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search numbers, names, results…</source>
        <translation>Пошук за номерами, іменами, результатами…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search history</source>
        <translation>Пошук в історії</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Call again</source>
        <translation>Подзвонити ще раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call this number again (Enter)</source>
        <translation>Подзвонити на цей номер ще раз (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy number · name · outcome · note (Ctrl+C)</source>
        <translation>Копіювати номер · ім&apos;я · результат · нотатку (Ctrl+C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note…</source>
        <translation>Нотатка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note or pick an outcome (F2)</source>
        <translation>Написати нотатку або вибрати результат (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details…</source>
        <translation>Докладно…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every call with this number, recordings and the CRM (Ctrl+I)</source>
        <translation>Усі дзвінки з цим номером, записи та CRM (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+141"/>
        <location line="+74"/>
        <source>Add to favourites</source>
        <translation>Додати в обране</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Add to or remove from favourites (Ctrl+D)</source>
        <translation>Додати в обране або прибрати з нього (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear history…</source>
        <translation>Очистити історію…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+36"/>
        <source>No calls yet.</source>
        <translation>Дзвінків ще не було.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No call matches “{text}”.</source>
        <translation>Жоден дзвінок не відповідає «{text}».</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+34"/>
        <source>failed: {reason}</source>
        <translation>помилка: {reason}</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <source>outcome unknown: the app was closed while it started</source>
        <translation>результат невідомий: програму закрили, поки дзвінок починався</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+36"/>
        <source>starting…</source>
        <translation>починається…</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+37"/>
        <source>started</source>
        <translation>розпочато</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove from favourites</source>
        <translation>Прибрати з обраного</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Name for {number} (optional):</source>
        <translation>Ім’я для {number} (необов’язково):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear history</source>
        <translation>Очистити історію</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the whole call history? Favourites are kept.</source>
        <translation>Видалити всю історію дзвінків? Обране залишиться.</translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <location filename="../../calllauncher/services/hotkeys/portal.py" line="+73"/>
        <location filename="../../calllauncher/wording/hotkeys.py" line="+25"/>
        <source>Dial the copied number</source>
        <translation>Набрати скопійований номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../calllauncher/wording/hotkeys.py" line="+2"/>
        <source>Show the dialer</source>
        <translation>Показати вікно набору</translation>
    </message>
    <message>
        <location filename="../../calllauncher/wording/hotkeys.py" line="+6"/>
        <source>Instead, add a keyboard shortcut in your desktop&apos;s settings that runs “{command}” (GNOME: Settings ▸ Keyboard ▸ Custom Shortcuts; KDE: System Settings ▸ Shortcuts).</source>
        <translation>Натомість додайте в налаштуваннях робочого столу комбінацію клавіш, яка запускає «{command}» (GNOME: Параметри ▸ Клавіатура ▸ Власні комбінації; KDE: Системні параметри ▸ Скорочення).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{keys} ({action}) is already used by another program; choose other keys.</source>
        <translation>{keys} ({action}) уже використовує інша програма; виберіть інші клавіші.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{keys} ({action}) can&apos;t be used as a global shortcut.</source>
        <translation>{keys} ({action}) не можна використати як глобальну комбінацію клавіш.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{keys} ({action}) needs Ctrl, Alt or the Windows key with it.</source>
        <translation>Для {keys} ({action}) потрібна ще клавіша Ctrl, Alt або Windows.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This desktop does not let apps set a global shortcut.</source>
        <translation>Цей робочий стіл не дозволяє програмам задавати глобальні комбінації клавіш.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The desktop did not allow CallLauncher&apos;s global shortcuts.</source>
        <translation>Робочий стіл не дозволив глобальні комбінації клавіш CallLauncher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Global shortcuts can&apos;t be set up here.</source>
        <translation>Тут не можна налаштувати глобальні комбінації клавіш.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The global shortcut {keys} could not be set up.</source>
        <translation>Не вдалося налаштувати глобальну комбінацію клавіш {keys}.</translation>
    </message>
</context>
<context>
    <name>IncomingCard</name>
    <message>
        <location filename="../../calllauncher/ui/incoming_card.py" line="+62"/>
        <source>Close (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this card</source>
        <translation>Закрити цю картку</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new caller</source>
        <translation>новий абонент</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy number</source>
        <translation>Копіювати номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in CRM</source>
        <translation>Відкрити в CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every call with this number: who talked, notes, recordings</source>
        <translation>Усі дзвінки з цим номером: хто говорив, нотатки, записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note…</source>
        <translation>Нотатка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a note about this caller</source>
        <translation>Додати нотатку про цього абонента</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Incoming call to {company}</source>
        <translation>Вхідний дзвінок на {company}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming call</source>
        <translation>Вхідний дзвінок</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Manager: {name}</source>
        <translation>Менеджер: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answered by {who}</source>
        <translation>Відповів(-ла) {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ringing…</source>
        <translation>Дзвонить…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note: {text}</source>
        <translation>Нотатка: {text}</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../../calllauncher/wording/sign_in.py" line="-141"/>
        <source>The keyring gave back something that is not a secret CallLauncher saved. Sign in again to replace it.</source>
        <translation>Сховище паролів повернуло щось, що не є секретом, збереженим CallLauncher. Увійдіть знову, щоб замінити його.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No keyring is available to keep your secret safely. This system needs {keyring}.</source>
        <translation>Немає сховища паролів, щоб надійно зберегти секрет. Для цього в системі має працювати {keyring}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your keyring did not answer within {seconds} seconds. It may be waiting for you to unlock it: unlock it and try again.</source>
        <translation>Сховище паролів не відповіло за {seconds} с. Можливо, воно чекає, поки ви його розблокуєте: розблокуйте його і спробуйте ще раз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your keyring is locked. Unlock it (it may be asking for your login password) and try again.</source>
        <translation>Сховище паролів заблоковане. Розблокуйте його (можливо, воно просить пароль входу в систему) і спробуйте ще раз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keyring refused to read the secret ({name}). Check that your keyring is running and unlocked.</source>
        <translation>Сховище паролів не дало прочитати секрет ({name}). Перевірте, що сховище запущене й розблоковане.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keyring refused to save the secret ({name}). Check that your keyring is running and unlocked.</source>
        <translation>Сховище паролів не дало зберегти секрет ({name}). Перевірте, що сховище запущене й розблоковане.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring refused to delete the secret ({name}). Check that your keyring is running and unlocked.</source>
        <translation>Сховище паролів не дало видалити секрет ({name}). Перевірте, що сховище запущене й розблоковане.</translation>
    </message>
</context>
<context>
    <name>LiveCallsView</name>
    <message>
        <location filename="../../calllauncher/ui/live_calls_view.py" line="+59"/>
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear finished</source>
        <translation>Прибрати завершені</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove every finished call from the list</source>
        <translation>Прибрати зі списку всі завершені дзвінки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No calls yet. Started calls show here until they end.</source>
        <translation>Дзвінків ще немає. Розпочаті дзвінки видно тут, доки вони не завершаться.</translation>
    </message>
</context>
<context>
    <name>LiveParts</name>
    <message>
        <location filename="../../calllauncher/ui/live_wiring.py" line="+286"/>
        <source>Live calls ✓</source>
        <translation>Дзвінки наживо ✓</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the WebSocket refused the key</source>
        <translation>WebSocket не прийняв ключ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no WebSocket key</source>
        <translation>немає ключа WebSocket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the WebSocket is unavailable</source>
        <translation>WebSocket недоступний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live calls: checking every {n} s ({why})</source>
        <translation>Дзвінки наживо: перевірка кожні {n} с ({why})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live calls: offline</source>
        <translation>Дзвінки наживо: немає зв’язку</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Incoming call</source>
        <translation>Вхідний дзвінок</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note about {caller}:</source>
        <translation>Нотатка про {caller}:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Missed call</source>
        <translation>Пропущений дзвінок</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../calllauncher/ui/main_window.py" line="+97"/>
        <source>&amp;CallLauncher</source>
        <translation>&amp;CallLauncher</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>DEMO — CallLauncher</source>
        <translation>ДЕМО — CallLauncher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo PBX: calls are simulated, nobody is really called.</source>
        <translation>Демо-АТС: дзвінки імітуються, насправді нікому не дзвонимо.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in with API key {key}…</source>
        <translation>Вхід виконано з ключем API {key}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed in.</source>
        <translation>Вхід не виконано.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The PBX accepted the call to {who}.</source>
        <translation>АТС прийняла дзвінок на {who}.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>the employee list</source>
        <translation>список працівників</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the announcements</source>
        <translation>оголошення</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load {what}: {reason}</source>
        <translation>Не вдалося завантажити {what}: {reason}</translation>
    </message>
</context>
<context>
    <name>MissedRow</name>
    <message>
        <location filename="../../calllauncher/ui/callback_view.py" line="-70"/>
        <source>Call back</source>
        <translation>Передзвонити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ring your phone, then {number}</source>
        <translation>Спершу задзвонить ваш телефон, потім {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call back {who}</source>
        <translation>Передзвонити: {who}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tries: {n}, last at {time}</source>
        <translation>спроб: {n}, остання о {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at {time}</source>
        <translation>о {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>called {company}</source>
        <translation>дзвонив(-ла) на {company}</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../calllauncher/ui/note_editor.py" line="+26"/>
        <source>Note on the call</source>
        <translation>Нотатка до дзвінка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was agreed, what to do next…</source>
        <translation>Про що домовились, що робити далі…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no tag)</source>
        <translation>(без позначки)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Note:</source>
        <translation>&amp;Нотатка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the note (Enter)</source>
        <translation>Зберегти нотатку (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the note as it was (Esc)</source>
        <translation>Залишити нотатку як була (Esc)</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../calllauncher/wording/notes.py" line="+20"/>
        <source>call back tomorrow</source>
        <translation>передзвонити завтра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interested</source>
        <translation>зацікавлений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not interested</source>
        <translation>не зацікавлений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left a message</source>
        <translation>залишено повідомлення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong number</source>
        <translation>помилковий номер</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading this number&apos;s calls from the PBX…</source>
        <translation>Завантаження дзвінків цього номера з АТС…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PBX&apos;s calls with this number could not be loaded: {reason}</source>
        <translation>Не вдалося завантажити дзвінки з цим номером з АТС: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No calls with this number yet.</source>
        <translation>З цим номером ще не було дзвінків.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording could not be opened: {reason}</source>
        <translation>Не вдалося відкрити запис: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording&apos;s link could not be opened: no player or browser took it.</source>
        <translation>Не вдалося відкрити посилання на запис: жоден програвач чи браузер його не прийняв.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} was added to the Binotel CRM.</source>
        <translation>{name} додано до CRM Binotel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Binotel did not add the contact: {reason} You can add it in the Binotel cabinet instead.</source>
        <translation>Binotel не додав контакт: {reason} Ви можете додати його в кабінеті Binotel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the contact&apos;s name.</source>
        <translation>Введіть ім&apos;я контакту.</translation>
    </message>
</context>
<context>
    <name>PresenceButton</name>
    <message>
        <location filename="../../calllauncher/ui/presence_menu.py" line="+99"/>
        <source>Your status: {state}. Change it ({shortcut})</source>
        <translation>Ваш статус: {state}. Змінити ({shortcut})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your status: {state}</source>
        <translation>Ваш статус: {state}</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../calllauncher/ui/widgets/search_field.py" line="+35"/>
        <source>e.g. Olena or 044 333 40 23</source>
        <translation>напр. Олена або 044 333 40 23</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or phone number</source>
        <translation>Ім&apos;я або номер телефону</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+I: the number&apos;s calls, notes and recordings</source>
        <translation>Ctrl+I: дзвінки, нотатки й записи цього номера</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>People and numbers found</source>
        <translation>Знайдені люди й номери</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>colleague</source>
        <translation>колега</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>favourite</source>
        <translation>обране</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>клієнт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recent</source>
        <translation>нещодавно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also in the pasted text</source>
        <translation>теж у вставленому тексті</translation>
    </message>
</context>
<context>
    <name>SearchParts</name>
    <message>
        <location filename="../../calllauncher/ui/search_wiring.py" line="+71"/>
        <source>Compact window</source>
        <translation>Компактне вікно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A small window on top of the others ({key})</source>
        <translation>Маленьке вікно поверх інших ({key})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Binotel&apos;s customers were not searched: {reason}</source>
        <translation>Пошук серед клієнтів Binotel не вдався: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingChecks</name>
    <message>
        <location filename="../../calllauncher/services/setting_checks.py" line="+34"/>
        <source>your settings file {file}</source>
        <translation>вашого файлу налаштувань {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the administrator&apos;s preset file {file}</source>
        <translation>файлу налаштувань адміністратора {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the built-in settings</source>
        <translation>вбудованих налаштувань</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the --api-url option</source>
        <translation>параметра --api-url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the {name} environment variable</source>
        <translation>змінної середовища {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+30"/>
        <source>the settings</source>
        <translation>налаштувань</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The API address “{url}” from {where} is not a web address, so nothing is sent to the PBX. Change it to an https:// address, like https://api.binotel.com/api/.</source>
        <translation>Адреса API «{url}» із {where} не є вебадресою, тож до АТС нічого не надсилається. Змініть її на адресу https://, наприклад https://api.binotel.com/api/.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API address “{url}” from {where} starts with http://, so the secret would travel unencrypted; nothing is sent to the PBX. Change it to https://.</source>
        <translation>Адреса API «{url}» із {where} починається з http://, тож секрет передавався б незашифрованим; до АТС нічого не надсилається. Змініть її на https://.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The CA bundle file {file} (from {where}) is missing, so the PBX&apos;s certificate can&apos;t be checked and nothing is sent. Choose the file again under Advanced when signing in, or clear that setting.</source>
        <translation>Файлу сертифікатів CA {file} (із {where}) немає, тож сертифікат АТС неможливо перевірити і нічого не надсилається. Виберіть файл знову в розділі «Додатково» під час входу або очистьте це налаштування.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The API version “{value}” from {where} is not one CallLauncher speaks (4.0 or 2.0).</source>
        <translation>Версія API «{value}» із {where} не підтримується CallLauncher (лише 4.0 або 2.0).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The country for numbers “{value}” from {where} is not a country code CallLauncher knows.</source>
        <translation>Країна для номерів «{value}» із {where} не є відомим CallLauncher кодом країни.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Using version 4.0 until it is fixed.</source>
        <translation>Доки це не виправлено, використовується версія 4.0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers without a country code are read as Ukrainian until it is fixed in Settings.</source>
        <translation>Доки це не виправлено в Налаштуваннях, номери без коду країни читаються як українські.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../calllauncher/ui/settings_dialog.py" line="+57"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers</source>
        <translation>Номери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App</source>
        <translation>Програма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values marked ◆ were preset by your administrator; your own changes take priority over them.</source>
        <translation>Значення з позначкою ◆ задав адміністратор; ваші власні зміни мають перевагу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore defaults</source>
        <translation>Відновити типові</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to your office&apos;s or the built-in values</source>
        <translation>Повернути значення вашого офісу або вбудовані</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>e.g. 901</source>
        <translation>напр. 901</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poland</source>
        <translation>Польща</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>Румунія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slovakia</source>
        <translation>Словаччина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hungary</source>
        <translation>Угорщина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Чехія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Germany</source>
        <translation>Німеччина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Велика Британія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>My &amp;extension:</source>
        <translation>&amp;Внутрішній номер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your desk phone, which rings first when you call.</source>
        <translation>Ваш робочий телефон, який дзвонить першим, коли ви телефонуєте.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country for numbers:</source>
        <translation>&amp;Країна номерів:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers typed without + and a country code are dialled here.</source>
        <translation>Номери без + і коду країни набираються в цій країні.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defaults for new calls</source>
        <translation>Типові параметри нових дзвінків</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ring my phone for:</source>
        <translation>&amp;Дзвонити на мій телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Longest call:</source>
        <translation>&amp;Найдовша розмова:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My phone &amp;shows:</source>
        <translation>Мій телефон &amp;показує:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 044 333 40 23</source>
        <translation>напр. 044 333 40 23</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice menu name</source>
        <translation>Назва голосового меню</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company &amp;numbers:</source>
        <translation>&amp;Номери компанії:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The numbers your company calls from, offered in the dialer.</source>
        <translation>Номери, з яких дзвонить ваша компанія; їх пропонує вікно набору.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Voice menus:</source>
        <translation>&amp;Голосові меню:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PBX can&apos;t list its voice menus, so type their names here.</source>
        <translation>АТС не видає список своїх голосових меню, тож введіть їхні назви тут.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closing the window keeps CallLauncher in the tray</source>
        <translation>Закрите вікно ховається в область сповіщень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start minimized</source>
        <translation>Запускати згорнутим</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start when I log in</source>
        <translation>Запускати під час входу в систему</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the number, I press Call</source>
        <translation>Вписати номер, «Подзвонити» натисну сам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial at once</source>
        <translation>Одразу набирати</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also dial a number that is only highlighted</source>
        <translation>Набирати й номер, який лише виділено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off: only a number you copied is dialled. On: a number you only highlighted (the X11 selection) is dialled too.</source>
        <translation>Вимкнено: набирається лише скопійований номер. Увімкнено: набирається й номер, який ви лише виділили (виділення X11).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show a notice when a call connects and ends</source>
        <translation>Сповіщати, коли дзвінок з’єднано й завершено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same as the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detailed log, for support</source>
        <translation>Докладний журнал для підтримки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window:</source>
        <translation>Вікно:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open tel: and callto: links with CallLauncher</source>
        <translation>Відкривати tel: і callto: у CallLauncher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make CallLauncher the phone link handler</source>
        <translation>Зробити CallLauncher програмою для телефонних посилань</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone links:</source>
        <translation>Телефонні посилання:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clipboard:</source>
        <translation>Буфер обміну:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices:</source>
        <translation>Сповіщення:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when CallLauncher restarts.</source>
        <translation>Нова мова запрацює після перезапуску CallLauncher.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log:</source>
        <translation>Журнал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets are never written to the log, detailed or not.</source>
        <translation>Секрети ніколи не потрапляють у журнал, навіть докладний.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Global shortcuts (work in every program)</source>
        <translation>Глобальні комбінації клавіш (діють у будь-якій програмі)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click a field and press the keys you want; None turns that shortcut off. The copied number is dialled from your extension at once.</source>
        <translation>Клацніть поле й натисніть потрібні клавіші; «Немає» вимикає цю комбінацію. Скопійований номер набирається з вашого внутрішнього номера одразу.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dial the &amp;copied number:</source>
        <translation>Набрати &amp;скопійований номер:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the dial&amp;er:</source>
        <translation>Показати &amp;вікно набору:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No global shortcut for this</source>
        <translation>Без глобальної комбінації клавіш</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Preset by your administrator: {value}</source>
        <translation>Задав адміністратор: {value}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>on</source>
        <translation>увімкнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>вимкнено</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../calllauncher/ui/shell.py" line="+124"/>
        <source>&amp;History…</source>
        <translation>&amp;Історія дзвінків…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Redial last</source>
        <translation>&amp;Повторити останній дзвінок</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Call the last number again, exactly as it was called</source>
        <translation>Подзвонити на останній номер ще раз, точно так само, як минулого разу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call {who} again, exactly as it was called</source>
        <translation>Подзвонити {who} ще раз, точно так само, як минулого разу</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>CallLauncher keeps running in the tray. Quit it from its menu.</source>
        <translation>CallLauncher і далі працює в області сповіщень. Закрити його можна з його меню.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The link {link} can&apos;t be dialled: {reason}</source>
        <translation>Не вдалося набрати посилання {link}: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no phone number in the clipboard. Copy one and try again.</source>
        <translation>У буфері обміну немає номера телефону. Скопіюйте номер і спробуйте ще раз.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Could not change the desktop settings: {reason}</source>
        <translation>Не вдалося змінити налаштування системи: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Call connected</source>
        <translation>Дзвінок з’єднано</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call failed</source>
        <translation>Дзвінок не вдався</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call ended</source>
        <translation>Дзвінок завершено</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../calllauncher/ui/sign_in_dialog.py" line="+52"/>
        <source>Sign in to Binotel</source>
        <translation>Вхід у Binotel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the API key and secret of your company&apos;s Binotel account. The secret is kept only in this computer&apos;s keyring.</source>
        <translation>Введіть ключ і секрет API облікового запису вашої компанії в Binotel. Секрет зберігається лише у сховищі паролів цього комп’ютера.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From your Binotel account</source>
        <translation>З кабінету Binotel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API secret</source>
        <translation>Секрет API</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+174"/>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Show or hide the secret</source>
        <translation>Показати або сховати секрет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the secret</source>
        <translation>Показати секрет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API version</source>
        <translation>Версія API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.0 (current)</source>
        <translation>4.0 (поточна)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2.0 (legacy)</source>
        <translation>2.0 (застаріла)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advanced</source>
        <translation>Додатково</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>API URL</source>
        <translation>Адреса API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA bundle file</source>
        <translation>Файл сертифікатів CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System certificates</source>
        <translation>Сертифікати системи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use for this session only</source>
        <translation>Лише на цей сеанс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the secret in memory until CallLauncher quits; nothing is written</source>
        <translation>Тримати секрет у пам’яті до закриття CallLauncher; нічого не записується</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My extension</source>
        <translation>Мій внутрішній номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose your desk phone</source>
        <translation>Виберіть свій робочий телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your desk phone rings first when you call someone.</source>
        <translation>Коли ви комусь дзвоните, першим дзвонить ваш робочий телефон.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connection</source>
        <translation>Перевірити з’єднання</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+195"/>
        <source>Test the connection first</source>
        <translation>Спершу перевірте з’єднання</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Only for an office proxy that inspects HTTPS: the file with its certificate. Leave empty otherwise.</source>
        <translation>Лише для офісного проксі, що перевіряє HTTPS: файл з його сертифікатом. Інакше залиште порожнім.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;secret:</source>
        <translation>&amp;Секрет API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;version:</source>
        <translation>&amp;Версія API:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API &amp;URL:</source>
        <translation>&amp;Адреса API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA bundle:</source>
        <translation>Сертифікати &amp;CA:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My &amp;extension:</source>
        <translation>Внутрішній &amp;номер:</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Hide</source>
        <translation>Сховати</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the CA bundle</source>
        <translation>Виберіть файл сертифікатів CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертифікати (*.pem *.crt *.cer);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Testing the connection…</source>
        <translation>Перевіряємо з’єднання…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Saving the secret in the keyring…</source>
        <translation>Зберігаємо секрет у сховищі паролів…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Trying the keyring again…</source>
        <translation>Ще раз звертаємося до сховища паролів…</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../calllauncher/wording/team.py" line="+22"/>
        <source>Available</source>
        <translation>На місці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In CRM</source>
        <translation>У CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a break</source>
        <translation>Перерва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>Відсутній</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status unknown</source>
        <translation>Статус невідомий</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>online</source>
        <translation>у мережі</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your status was not changed. {reason}</source>
        <translation>Ваш статус не змінено. {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your status was not changed. Choose your extension first: the status belongs to the employee on that line.</source>
        <translation>Ваш статус не змінено. Спершу виберіть свій внутрішній номер: статус належить працівникові на цій лінії.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your status was not changed. Extension {extension} is not linked to an employee on the PBX, so it has no status to set.</source>
        <translation>Ваш статус не змінено. Внутрішній номер {extension} не прив&apos;язаний до працівника в АТС, тож у нього немає статусу.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This colleague&apos;s phone is offline: the call may not reach it.</source>
        <translation>Телефон цього колеги не в мережі: дзвінок може до нього не дійти.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This colleague is on another call right now.</source>
        <translation>Цей колега зараз на іншому дзвінку.</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <location filename="../../calllauncher/ui/team_panel.py" line="+46"/>
        <source>Type a name or extension</source>
        <translation>Введіть ім&apos;я або внутрішній номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a colleague</source>
        <translation>Знайти колегу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Colleagues</source>
        <translation>Колеги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colleague</source>
        <translation>Колега</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ext.</source>
        <translation>Внутр.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No colleagues loaded yet.</source>
        <translation>Колег ще не завантажено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter or a double click calls the colleague</source>
        <translation>Enter або подвійний клік — подзвонити колезі</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{name}, extension {ext}: {presence}, {line}</source>
        <translation>{name}, внутрішній номер {ext}: {presence}, {line}</translation>
    </message>
</context>
<context>
    <name>TeamParts</name>
    <message>
        <location filename="../../calllauncher/ui/team_wiring.py" line="+75"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>T&amp;eam</source>
        <translation>&amp;Команда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the team ({shortcut})</source>
        <translation>Показати або сховати команду ({shortcut})</translation>
    </message>
</context>
<context>
    <name>TimelineRow</name>
    <message>
        <location filename="../../calllauncher/ui/timeline_view.py" line="+92"/>
        <source>Show every call with this number (Space)</source>
        <translation>Показати всі дзвінки з цим номером (пробіл)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call again</source>
        <translation>Подзвонити ще раз</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Calls with this number: {n}. Show them</source>
        <translation>Дзвінків із цим номером: {n}. Показати їх</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call {who} back (Enter)</source>
        <translation>Передзвонити: {who} (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the same call again (Enter)</source>
        <translation>Здійснити той самий дзвінок ще раз (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number was withheld: there is nobody to call back</source>
        <translation>Номер приховано: немає кому передзвонити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call {who} again</source>
        <translation>Подзвонити ще раз: {who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and {n} more</source>
        <translation>і ще {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter: call again · Space: every call with this number</source>
        <translation>Enter: подзвонити ще раз · пробіл: усі дзвінки з цим номером</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incoming</source>
        <translation>Вхідний</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desk phone</source>
        <translation>Настільний телефон</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>failed</source>
        <translation>не вдався</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outcome unknown</source>
        <translation>результат невідомий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed</source>
        <translation>пропущений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outcome not known yet</source>
        <translation>результат ще невідомий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answered by {who}</source>
        <translation>відповів(-ла) {who}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location line="+55"/>
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls ({key})</source>
        <translation>Дзвінки ({key})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear finished</source>
        <translation>Прибрати завершені</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take finished calls off the list (the history keeps them)</source>
        <translation>Прибрати завершені дзвінки зі списку (в історії вони залишаться)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Now</source>
        <translation>Зараз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier</source>
        <translation>Раніше</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No calls yet. Calls you make or take show here, newest first.</source>
        <translation>Дзвінків ще немає. Ваші вхідні й вихідні дзвінки з’являться тут, найновіші вгорі.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../calllauncher/ui/transfer_dialog.py" line="+32"/>
        <source>Transfer call</source>
        <translation>Переадресація дзвінка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer the call with {who} to:</source>
        <translation>Переадресувати дзвінок з {who} на:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colleague or number to transfer to</source>
        <translation>Колега або номер для переадресації</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Colleague&apos;s extension or any number</source>
        <translation>Внутрішній номер колеги або будь-який номер</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Transfer</source>
        <translation>Переадресувати</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../calllauncher/ui/tray.py" line="+116"/>
        <source>Dial clipboard ({number})</source>
        <translation>Набрати з буфера ({number})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dial clipboard (no number copied)</source>
        <translation>Набрати з буфера (номер не скопійовано)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Redial last ({number})</source>
        <translation>Повторити останній ({number})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redial last (no calls yet)</source>
        <translation>Повторити останній (дзвінків ще немає)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent</source>
        <translation>Нещодавні</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Favourites</source>
        <translation>Обране</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My status</source>
        <translation>Мій статус</translation>
    </message>
    <message>
        <location filename="../../calllauncher/ui/compact_window.py" line="+70"/>
        <location filename="../../calllauncher/ui/tray.py" line="+5"/>
        <source>To call back ({n})</source>
        <translation>Передзвонити ({n})</translation>
    </message>
    <message>
        <location filename="../../calllauncher/ui/tray.py" line="+7"/>
        <source>Hang up all ({n})</source>
        <translation>Завершити всі дзвінки ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hang up all</source>
        <translation>Завершити всі дзвінки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show dialer</source>
        <translation>Показати вікно набору</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compact window</source>
        <translation>Компактне вікно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings…</source>
        <translation>Налаштування…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>to call back: {n}</source>
        <translation>передзвонити: {n}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../calllauncher/ui/welcome.py" line="+30"/>
        <location line="+8"/>
        <source>Welcome to CallLauncher</source>
        <translation>Вітаємо в CallLauncher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call customers from your desk phone in one click. CallLauncher asks your Binotel PBX to ring your phone first, then connects the customer.</source>
        <translation>Дзвоніть клієнтам з робочого телефону в один клік. CallLauncher просить АТС Binotel спершу подзвонити на ваш телефон, а потім з’єднує з клієнтом.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in with your Binotel API key</source>
        <translation>Увійти з ключем API Binotel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You need the API key and secret of your company&apos;s Binotel account; your administrator has them. The secret is kept in this computer&apos;s keyring.</source>
        <translation>Потрібні ключ і секрет API облікового запису вашої компанії в Binotel; вони є в адміністратора. Секрет зберігається у сховищі паролів цього комп’ютера.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try the demo PBX</source>
        <translation>Спробувати демо-АТС</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A simulated PBX on this computer: try every kind of call, nobody is called.</source>
        <translation>Імітація АТС на цьому комп’ютері: спробуйте всі види дзвінків, нікому не дзвонимо.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in later from the CallLauncher menu</source>
        <translation>Увійти пізніше з меню CallLauncher</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../calllauncher/wording/calls.py" line="+20"/>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two numbers</source>
        <translation>Два номери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcement</source>
        <translation>Оголошення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice menu</source>
        <translation>Голосове меню</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>answered</source>
        <translation>відповіли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transferred</source>
        <translation>переадресовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>busy</source>
        <translation>зайнято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>немає відповіді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network busy</source>
        <translation>мережа перевантажена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreachable</source>
        <translation>недоступний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>помилка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voicemail</source>
        <translation>голосова пошта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voicemail left</source>
        <translation>залишено голосове повідомлення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still going when the app was closed</source>
        <translation>ще тривав, коли застосунок закрили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>завершено</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n hours</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n година</numerusform>
            <numerusform>%n години</numerusform>
            <numerusform>%n годин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minutes</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n хвилина</numerusform>
            <numerusform>%n хвилини</numerusform>
            <numerusform>%n хвилин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seconds</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунди</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+28"/>
        <source>starting…</source>
        <translation>запуск…</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>ringing your phone…</source>
        <translation>дзвонить ваш телефон…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dialling…</source>
        <translation>набір номера…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>talking {time}</source>
        <translation>розмова {time}</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>ended: {outcome}, {duration}</source>
        <translation>завершено: {outcome}, {duration}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>ended: {outcome}</source>
        <translation>завершено: {outcome}</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>waits for the call being started</source>
        <translation>чекає, доки почнеться попередній дзвінок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ringing your phone ({extension}) — pick up</source>
        <translation>дзвонить ваш телефон ({extension}) — зніміть слухавку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ringing your phone ({extension}), then {number}</source>
        <translation>дзвонить ваш телефон ({extension}), потім {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>calling {number}</source>
        <translation>дзвінок на {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>starting</source>
        <translation>запуск</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dialling</source>
        <translation>набір номера</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ended: {outcome} {time}</source>
        <translation>завершено: {outcome} {time}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>available</source>
        <translation>на місці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working in CRM</source>
        <translation>працює в CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on a break</source>
        <translation>перерва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>away</source>
        <translation>відсутній</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../calllauncher/wording/team.py" line="-32"/>
        <source>on a call</source>
        <translation>розмовляє</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../calllauncher/wording/team.py" line="+1"/>
        <source>ringing</source>
        <translation>лунає дзвінок</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../calllauncher/wording/team.py" line="+1"/>
        <source>phone offline</source>
        <translation>телефон не в мережі</translation>
    </message>
    <message>
        <location filename="../../calllauncher/ui/team_panel.py" line="-11"/>
        <location filename="../../calllauncher/wording/calls.py" line="+7"/>
        <source>line without a user</source>
        <translation>лінія без користувача</translation>
    </message>
    <message>
        <location filename="../../calllauncher/controller/names.py" line="+41"/>
        <location filename="../../calllauncher/wording/calls.py" line="+10"/>
        <source>Number withheld</source>
        <translation>Номер приховано</translation>
    </message>
    <message>
        <location filename="../../calllauncher/wording/calls.py" line="+10"/>
        <source>queue {name}</source>
        <translation>черга {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forwarded to {number}</source>
        <translation>переадресовано на {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note: {text}</source>
        <translation>примітка: {text}</translation>
    </message>
</context>
</TS>
