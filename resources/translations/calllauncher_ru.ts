<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Account</name>
    <message>
        <location filename="../../calllauncher/controller/account.py" line="+163"/>
        <source>The keyring holds no secret for API key {key}…: sign in again.</source>
        <translation>В хранилище паролей нет секрета для ключа API {key}…: войдите ещё раз.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Could not delete the secret from the keyring, so you are still signed in. Check that your keyring is running and unlocked, then sign out again.</source>
        <translation>Не удалось удалить секрет из хранилища паролей, поэтому вы всё ещё в учётной записи. Проверьте, что хранилище запущено и разблокировано, и выйдите ещё раз.</translation>
    </message>
    <message>
        <location filename="../../calllauncher/wording/sign_in.py" line="+65"/>
        <source>Windows Credential Manager</source>
        <translation>Диспетчер учётных данных Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the macOS Keychain</source>
        <translation>Связка ключей macOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Secret Service keyring (GNOME Keyring or KWallet)</source>
        <translation>хранилище паролей Secret Service (GNOME Keyring или KWallet)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No keyring is available to keep your secret safely. This system needs {keyring}. You can use the secret for this session only: CallLauncher will ask for it again next time.</source>
        <translation>Нет хранилища паролей, чтобы надёжно сохранить секрет. Для этого в системе требуется {keyring}. Можно использовать секрет только для этого сеанса: в следующий раз CallLauncher попросит его снова.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your keyring did not answer in time. If it is asking to be unlocked, unlock it and press Retry; or type the secret, test it, and use it for this session only.</source>
        <translation>Хранилище паролей не ответило вовремя. Если оно просит разблокировки, разблокируйте его и нажмите «Повторить»; или введите секрет, проверьте его и используйте только для этого сеанса.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your keyring is locked. Unlock it (it may be asking for your login password), then press Retry.</source>
        <translation>Хранилище паролей заблокировано. Разблокируйте его (возможно, оно просит пароль входа в систему) и нажмите «Повторить».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keyring refused to read the saved secret. Check that your keyring is running and unlocked, then press Retry.</source>
        <translation>Хранилище паролей не дало прочитать сохранённый секрет. Проверьте, что хранилище запущено и разблокировано, и нажмите «Повторить».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring refused to save the secret. Check that your keyring is running and unlocked, then press Retry, or use the secret for this session only.</source>
        <translation>Хранилище паролей не дало сохранить секрет. Проверьте, что хранилище запущено и разблокировано, и нажмите «Повторить» или используйте секрет только для этого сеанса.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The API key or secret is wrong (PBX code 121). Copy both again from your Binotel account, or ask your administrator for them.</source>
        <translation>Неверный ключ или секрет API (код АТС 121). Скопируйте оба ещё раз из кабинета Binotel или попросите их у администратора.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PBX refused this computer&apos;s IP address (HTTP 403). Binotel only answers registered addresses: ask Binotel support to register this one.</source>
        <translation>АТС отклонила IP-адрес этого компьютера (HTTP 403). Binotel отвечает только зарегистрированным адресам: попросите поддержку Binotel зарегистрировать этот.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PBX did not answer properly ({what}). Most often this means it refused this computer&apos;s IP address: ask Binotel support to register it.</source>
        <translation>АТС ответила некорректно ({what}). Чаще всего это значит, что она отклонила IP-адрес этого компьютера: попросите поддержку Binotel зарегистрировать его.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate problem: the PBX&apos;s certificate could not be verified, so the connection is not safe. If your office uses an inspecting proxy, choose its CA bundle under Advanced.</source>
        <translation>Проблема с сертификатом: сертификат АТС не удалось проверить, поэтому соединение небезопасно. Если в офисе работает прокси с проверкой HTTPS, выберите его файл сертификатов CA в разделе «Дополнительно».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No network: the PBX could not be reached. Check this computer&apos;s internet connection, and the API URL under Advanced.</source>
        <translation>Нет сети: не удалось связаться с АТС. Проверьте подключение этого компьютера к интернету и адрес API в разделе «Дополнительно».</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Signed in: the PBX accepted the key and secret and lists %n employees. Choose your extension, then Save.</source>
        <translation>
            <numerusform>Вход выполнен: АТС приняла ключ и секрет, в списке %n сотрудник. Выберите свой внутренний номер и нажмите «Сохранить».</numerusform>
            <numerusform>Вход выполнен: АТС приняла ключ и секрет, в списке %n сотрудника. Выберите свой внутренний номер и нажмите «Сохранить».</numerusform>
            <numerusform>Вход выполнен: АТС приняла ключ и секрет, в списке %n сотрудников. Выберите свой внутренний номер и нажмите «Сохранить».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the API key from your Binotel account.</source>
        <translation>Введите ключ API из кабинета Binotel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the API secret that goes with the key.</source>
        <translation>Введите секрет API к этому ключу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a web address, like https://api.binotel.com/api/.</source>
        <translation>Введите веб-адрес, например https://api.binotel.com/api/.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must start with https:// — the secret would travel unencrypted.</source>
        <translation>Адрес должен начинаться с https://, иначе секрет будет передаваться без шифрования.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA bundle file {file} does not exist.</source>
        <translation>Файла сертификатов CA {file} не существует.</translation>
    </message>
</context>
<context>
    <name>AccountFlows</name>
    <message>
        <location filename="../../calllauncher/ui/account_flows.py" line="+74"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch account…</source>
        <translation>С&amp;менить учётную запись…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Sign &amp;out</source>
        <translation>Выйти из &amp;учётной записи</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leave the &amp;demo</source>
        <translation>Выйти из &amp;демо</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign out</source>
        <translation>Выйти из учётной записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out and delete the secret of API key {key}… from this computer? You will need the key and secret to sign in again.</source>
        <translation>Выйти и удалить секрет API-ключа {key}… с этого компьютера? Чтобы войти снова, понадобятся ключ и секрет.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in again…</source>
        <translation>Войти снова…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opening your keyring…</source>
        <translation>Открываем хранилище паролей…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not signed in. Choose Sign in… in the CallLauncher menu when ready.</source>
        <translation>Вход не выполнен. Когда будете готовы, выберите «Войти…» в меню CallLauncher.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Switch account</source>
        <translation>Сменить учётную запись</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed out.</source>
        <translation>Вы вышли из учётной записи.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The new language applies when CallLauncher restarts.</source>
        <translation>Новый язык заработает после перезапуска CallLauncher.</translation>
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
        <translation>Файл журнала: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong inside the app. It keeps running; what happened is written to its log file.</source>
        <translation>В приложении что-то пошло не так. Оно продолжает работать; что произошло, записано в его журнал.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Quit CallLauncher</source>
        <translation>Выйти из CallLauncher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls still going on: {count}. Quit anyway? They go on without the app following them, and can&apos;t be hung up from here.</source>
        <translation>Звонков ещё идёт: {count}. Всё равно выйти? Они продолжатся без наблюдения приложения, и отсюда их уже нельзя будет завершить.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../calllauncher/ui/banner.py" line="+47"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show details</source>
        <translation>Показать подробности</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Закрыть сообщение</translation>
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
        <translation>Без ограничения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Play &quot;please hold, connecting&quot;</source>
        <translation>Воспроизводить «Подождите, соединяю»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer&apos;s number</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Don&apos;t wait for me to pick up</source>
        <translation>Не ждать, пока я сниму трубку</translation>
    </message>
</context>
<context>
    <name>CallRow</name>
    <message>
        <location filename="../../calllauncher/ui/live_calls_view.py" line="+51"/>
        <source>Call state</source>
        <translation>Состояние звонка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transfer…</source>
        <translation>Переадресовать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer this call</source>
        <translation>Переадресовать этот звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer to a colleague or another number</source>
        <translation>Переадресовать коллеге или на другой номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hang up</source>
        <translation>Положить трубку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hang up this call</source>
        <translation>Завершить этот звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End this call (Ctrl+H ends the newest call)</source>
        <translation>Завершить этот звонок (Ctrl+H завершает самый новый)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this call</source>
        <translation>Отменить этот звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t make this call</source>
        <translation>Не совершать этот звонок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call again</source>
        <translation>Позвонить ещё раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call this number again</source>
        <translation>Позвонить на этот номер ещё раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the same call again</source>
        <translation>Совершить тот же звонок ещё раз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove from the list</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this call from the list</source>
        <translation>Убрать этот звонок из списка</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cancelled: if your phone rings, the call is ended at once</source>
        <translation>отменено: если ваш телефон зазвонит, звонок сразу завершится</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>can&apos;t reach the PBX to follow this call; trying again</source>
        <translation>не удаётся связаться с АТС, чтобы следить за звонком; пробуем снова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transferred to {target}</source>
        <translation>переадресован на {target}</translation>
    </message>
</context>
<context>
    <name>CallbackQueue</name>
    <message>
        <location filename="../../calllauncher/controller/callback_queue.py" line="+218"/>
        <source>you</source>
        <translation>вы</translation>
    </message>
</context>
<context>
    <name>CallbackView</name>
    <message>
        <location filename="../../calllauncher/ui/callback_view.py" line="+103"/>
        <source>To call back ({n})</source>
        <translation>Перезвонить ({n})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{caller} was reached by {who}.</source>
        <translation>С {caller} уже связался(-лась) {who}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../calllauncher/cli/commands.py" line="+74"/>
        <source>Fix it (a two-letter code such as UA) to dial from here.</source>
        <translation>Исправьте его (двухбуквенный код, например UA), чтобы звонить отсюда.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fix it, or give --api-version.</source>
        <translation>Исправьте её или укажите --api-version.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not signed in. Run `calllauncher login` first.</source>
        <translation>Вход не выполнен. Сначала выполните `calllauncher login`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No secret for this API key in the keyring. Run `calllauncher login`.</source>
        <translation>В хранилище паролей нет секрета для этого ключа API. Выполните `calllauncher login`.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>call started (the PBX gave no call id)</source>
        <translation>звонок начат (АТС не сообщила идентификатор звонка)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The PBX has not listed call {call} after {seconds} seconds, so it can&apos;t be followed. Check it later with `calllauncher status {call}`.</source>
        <translation>АТС не показала звонок {call} за {seconds} с, поэтому следить за ним нельзя. Проверьте его позже: `calllauncher status {call}`.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Which extension should ring first? Give --ext, or save yours with `calllauncher login --ext EXT`.</source>
        <translation>Какой внутренний номер должен зазвонить первым? Укажите --ext или сохраните свой командой `calllauncher login --ext EXT`.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connecting two numbers needs a company number: give --from.</source>
        <translation>Чтобы соединить два номера, нужен номер компании: укажите --from.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>call {call} transferred to {target}</source>
        <translation>звонок {call} переадресован на {target}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>call {call} hung up</source>
        <translation>звонок {call} завершён</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not listed yet (a call that just started may take a moment to appear)</source>
        <translation>ещё нет в списке (только что начатый звонок появляется не сразу)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The demo PBX needs no sign-in.</source>
        <translation>Для демо-АТС вход не нужен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key: </source>
        <translation>Ключ API: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An API key is needed to sign in.</source>
        <translation>Для входа нужен ключ API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API secret: </source>
        <translation>Секрет API: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API secret is needed to sign in.</source>
        <translation>Для входа нужен секрет API.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Signed in (%n employees).</source>
        <translation>
            <numerusform>Вход выполнен (%n сотрудник).</numerusform>
            <numerusform>Вход выполнен (%n сотрудника).</numerusform>
            <numerusform>Вход выполнен (%n сотрудников).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note: no employee has extension {ext}.</source>
        <translation>внимание: ни у одного сотрудника нет внутреннего номера {ext}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed out.</source>
        <translation>Вы вышли из учётной записи.</translation>
    </message>
    <message>
        <location filename="../../calllauncher/cli/parser.py" line="+49"/>
        <source>“{word}” is not a command, a link or a phone number. Did you mean “{command}”?</source>
        <translation>«{word}» — это не команда, не ссылка и не номер телефона. Возможно, вы имели в виду «{command}»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{word}” is not a command, a link or a phone number. Commands: {commands}.</source>
        <translation>«{word}» — это не команда, не ссылка и не номер телефона. Команды: {commands}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give whole seconds from {low} to {high}, not {value}</source>
        <translation>укажите целое число секунд от {low} до {high}, а не {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>API base before the version segment</source>
        <translation>базовый адрес API перед номером версии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wire version</source>
        <translation>версия протокола API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use the built-in demo PBX, no account needed</source>
        <translation>встроенная демо-АТС, учётная запись не нужна</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Click-to-call for the Binotel PBX. Subcommands: {commands}</source>
        <translation>Звонки в один клик через АТС Binotel. Команды: {commands}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>start in the tray</source>
        <translation>запустить в области уведомлений</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dial the number in the clipboard at once</source>
        <translation>сразу набрать номер из буфера обмена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>handle tel: and callto: links</source>
        <translation>открывать ссылки tel: и callto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stop handling links</source>
        <translation>больше не открывать ссылки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the installation</source>
        <translation>проверить установку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tel:, callto: or sip: link, or a number</source>
        <translation>ссылка tel:, callto: или sip: либо номер</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ring my extension, then the number</source>
        <translation>позвонить на мой внутренний, затем на номер</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+90"/>
        <source>my extension (default: the one saved by login --ext)</source>
        <translation>мой внутренний номер (по умолчанию: сохранённый командой login --ext)</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>company number</source>
        <translation>номер компании</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>don&apos;t wait for pickup</source>
        <translation>не ждать, пока я сниму трубку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seconds to ring my phone</source>
        <translation>сколько секунд звонить на мой телефон</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cap on call length, seconds</source>
        <translation>ограничение длительности разговора, секунд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no &quot;please hold&quot; message</source>
        <translation>без сообщения «Подождите, соединяю»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what my phone shows instead</source>
        <translation>что показывать на моём телефоне вместо номера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print each state until the end</source>
        <translation>выводить каждое состояние до завершения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connect two outside numbers</source>
        <translation>соединить два внешних номера</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>call and play a recorded announcement</source>
        <translation>позвонить и воспроизвести записанное объявление</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>call into a voice menu</source>
        <translation>звонок в голосовое меню</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>transfer a call to a colleague or number</source>
        <translation>переадресовать звонок коллеге или на номер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>end a call</source>
        <translation>завершить звонок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show a call&apos;s state</source>
        <translation>показать состояние звонка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list employees and their extensions</source>
        <translation>список сотрудников и их внутренних номеров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list voice files for announcements</source>
        <translation>список голосовых файлов для объявлений</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign in; the secret goes to the OS keyring</source>
        <translation>войти; секрет сохраняется в хранилище паролей системы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key (asked for when missing)</source>
        <translation>ключ API (если не указан, программа спросит)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>my extension, used when --ext is not given</source>
        <translation>мой внутренний номер, когда --ext не указан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign out and delete the secret from the keyring</source>
        <translation>выйти и удалить секрет из хранилища паролей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today&apos;s missed calls to call back</source>
        <translation>сегодняшние пропущенные звонки, на которые нужно перезвонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON</source>
        <translation>вывести JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number&apos;s name and its last calls</source>
        <translation>имя по номеру и последние звонки с ним</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>live company calls, one line each</source>
        <translation>звонки компании онлайн, по строке на событие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>my status: show it, or set it</source>
        <translation>мой статус: показать или изменить</translation>
    </message>
    <message>
        <location filename="../../calllauncher/cli/live.py" line="+89"/>
        <source>Nobody to call back today.</source>
        <translation>Сегодня некому перезванивать.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tries: {n}</source>
        <translation>попыток: {n}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Manager: {name}</source>
        <translation>Менеджер: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No calls with this number.</source>
        <translation>С этим номером звонков нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in</source>
        <translation>вх.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>out</source>
        <translation>исх.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>answered by {ext}</source>
        <translation>ответил(а) {ext}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Listening to {url} (Ctrl+C stops)</source>
        <translation>Слушаю {url} (Ctrl+C — остановить)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>calllauncher: the WebSocket refused the key {key}…</source>
        <translation>calllauncher: WebSocket не принял ключ {key}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>calllauncher: live calls unavailable ({why}); trying again in {n} s</source>
        <translation>calllauncher: звонки онлайн недоступны ({why}); следующая попытка через {n} с</translation>
    </message>
    <message>
        <location filename="../../calllauncher/cli/team.py" line="+31"/>
        <source>Whose status? Give --ext, or save yours with `calllauncher login --ext EXT`.</source>
        <translation>Чей статус? Укажите --ext или сохраните свой номер: `calllauncher login --ext EXT`.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No employee has extension {ext}, so it has no status.</source>
        <translation>Внутренний номер {ext} не принадлежит ни одному сотруднику, поэтому статуса у него нет.</translation>
    </message>
</context>
<context>
    <name>CompactWindow</name>
    <message>
        <location filename="../../calllauncher/ui/compact_window.py" line="+97"/>
        <source>Compact — CallLauncher</source>
        <translation>Компактное окно — CallLauncher</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Start the call (Enter)</source>
        <translation>Начать звонок (Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full window ({key})</source>
        <translation>Полное окно ({key})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full window</source>
        <translation>Полное окно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the calls to call back</source>
        <translation>Показать, кому перезвонить</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../calllauncher/ui/dossier_view.py" line="+71"/>
        <source>Add to Binotel CRM</source>
        <translation>Добавить в CRM Binotel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s or company&apos;s name</source>
        <translation>Имя клиента или название компании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody (no extension of yours is set)</source>
        <translation>никому (ваш внутренний номер не задан)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the contact to Binotel&apos;s CRM (Enter)</source>
        <translation>Добавить контакт в CRM Binotel (Enter)</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../calllauncher/services/desktop/__init__.py" line="+121"/>
        <source>On macOS, choose another app for calls in FaceTime ▸ Settings ▸ Default for calls.</source>
        <translation>В macOS выберите другое приложение для звонков в FaceTime ▸ Настройки ▸ По умолчанию для звонков.</translation>
    </message>
    <message>
        <location filename="../../calllauncher/services/desktop/common.py" line="+88"/>
        <location filename="../../calllauncher/services/desktop/macos.py" line="+40"/>
        <source>Can&apos;t write {path}: {reason}.</source>
        <translation>Не удалось записать {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Can&apos;t remove {path}: {reason}.</source>
        <translation>Не удалось удалить {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../calllauncher/services/desktop/linux.py" line="+51"/>
        <source>The app&apos;s path has a control character in it: {path}.</source>
        <translation>Путь к программе содержит управляющий символ: {path}.</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Your desktop still opens links with {apps}; choose CallLauncher in its Default Applications settings.</source>
        <translation>Ваше рабочее окружение всё ещё открывает ссылки через {apps}; выберите CallLauncher в настройках приложений по умолчанию.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CallLauncher now opens tel: and callto: links.</source>
        <translation>Теперь CallLauncher открывает ссылки tel: и callto:.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CallLauncher no longer opens tel: and callto: links.</source>
        <translation>CallLauncher больше не открывает ссылки tel: и callto:.</translation>
    </message>
    <message>
        <location filename="../../calllauncher/services/desktop/macos.py" line="+18"/>
        <source>On macOS, links are handled by the CallLauncher app; this copy runs from Python, so it can&apos;t be chosen for tel: links.</source>
        <translation>В macOS ссылки открывает приложение CallLauncher; эта копия работает из Python, поэтому её нельзя выбрать для ссылок tel:.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install the CallLauncher app to handle links.</source>
        <translation>Установите приложение CallLauncher, чтобы оно открывало ссылки.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CallLauncher can now open tel: and callto: links: choose it in FaceTime ▸ Settings ▸ Default for calls.</source>
        <translation>Теперь CallLauncher может открывать ссылки tel: и callto:. Выберите его в FaceTime ▸ Настройки ▸ По умолчанию для звонков.</translation>
    </message>
    <message>
        <location filename="../../calllauncher/services/desktop/windows.py" line="+106"/>
        <source>Can&apos;t write to the registry: {reason}.</source>
        <translation>Не удалось записать в реестр: {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CallLauncher is offered for tel: and callto: links. In Settings ▸ Default apps, which opens now, pick CallLauncher for TEL and CALLTO.</source>
        <translation>CallLauncher предлагается для ссылок tel: и callto:. В окне Параметры ▸ Приложения по умолчанию, которое сейчас откроется, выберите CallLauncher для TEL и CALLTO.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+22"/>
        <source>Can&apos;t change the registry: {reason}.</source>
        <translation>Не удалось изменить реестр: {reason}.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>CallLauncher no longer offers to open tel: and callto: links.</source>
        <translation>CallLauncher больше не предлагается для ссылок tel: и callto:.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This works on Windows only.</source>
        <translation>Это работает только в Windows.</translation>
    </message>
</context>
<context>
    <name>DialController</name>
    <message>
        <location filename="../../calllauncher/controller/dialer.py" line="+130"/>
        <source>The call to {who} may have started a moment ago, so it was not sent again. Check first; if it did not start, try again in a few seconds.</source>
        <translation>Звонок на {who} мог начаться только что, поэтому он не отправлен повторно. Сначала проверьте; если он не начался, попробуйте снова через несколько секунд.</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <location filename="../../calllauncher/ui/widgets/dial_pad.py" line="+26"/>
        <source>Delete</source>
        <translation>Стереть</translation>
    </message>
</context>
<context>
    <name>DialerForm</name>
    <message>
        <location filename="../../calllauncher/ui/dialer_form.py" line="+98"/>
        <source>Kind of call</source>
        <translation>Вид звонка</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect two numbers</source>
        <translation>Два номера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcement</source>
        <translation>Объявление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice menu</source>
        <translation>Голосовое меню</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Pad</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the dial pad (Ctrl+D)</source>
        <translation>Показать клавиатуру набора (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial pad</source>
        <translation>Клавиатура набора</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Second phone number</source>
        <translation>Второй номер телефона</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My extension</source>
        <translation>Мой внутренний номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your desk phone rings first; the customer is dialled when you pick up.</source>
        <translation>Сначала звонит ваш рабочий телефон; клиента набираем, когда вы снимете трубку.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>e.g. 901</source>
        <translation>напр. 901</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Other call</source>
        <translation>Другой звонок</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other kinds of call: connect two numbers, announcement, voice menu (Ctrl+2…4)</source>
        <translation>Другие виды звонка: соединить два номера, объявление, голосовое меню (Ctrl+2…4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← Ordinary call</source>
        <translation>← Обычный звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the ordinary call (Ctrl+1)</source>
        <translation>Назад к обычному звонку (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Company number to call from</source>
        <translation>Номер компании, с которого звонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+218"/>
        <source>PBX default</source>
        <translation>Как настроено в АТС</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Announcement to play</source>
        <translation>Объявление, которое воспроизвести</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the list from the PBX (F5)</source>
        <translation>Обновить список из АТС (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload announcements</source>
        <translation>Обновить объявления</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Voice menu name</source>
        <translation>Название голосового меню</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>More options</source>
        <translation>Дополнительные параметры</translation>
    </message>
    <message>
        <location filename="../../calllauncher/ui/compact_window.py" line="-15"/>
        <location filename="../../calllauncher/ui/dialer_form.py" line="+4"/>
        <location line="+193"/>
        <source>Call</source>
        <comment>button</comment>
        <translation>Позвонить</translation>
    </message>
    <message>
        <location filename="../../calllauncher/ui/dialer_form.py" line="-185"/>
        <source>Start the call (Enter or Ctrl+Return)</source>
        <translation>Начать звонок (Enter или Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the call</source>
        <translation>Начать звонок</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Name or number:</source>
        <translation>&amp;Имя или номер:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Second number:</source>
        <translation>&amp;Второй номер:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My &amp;extension:</source>
        <translation>Вн&amp;утренний номер:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call &amp;from:</source>
        <translation>Звонить &amp;с номера:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Announcement:</source>
        <translation>&amp;Объявление:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Voice menu:</source>
        <translation>&amp;Голосовое меню:</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Ring my phone for, seconds</source>
        <translation>Сколько секунд звонить на мой телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest call, seconds</source>
        <translation>Самый долгий разговор, секунд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a please-hold message</source>
        <translation>Воспроизводить сообщение «Подождите»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What my phone shows</source>
        <translation>Что показывает мой телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t wait for my pickup</source>
        <translation>Не ждать, пока я сниму трубку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ring my phone for:</source>
        <translation>Звонить на мой телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My phone shows:</source>
        <translation>Мой телефон показывает:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest call:</source>
        <translation>Самый долгий разговор:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>First phone number</source>
        <translation>Первый номер телефона</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required: a company number</source>
        <translation>Обязательно: номер компании</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect</source>
        <translation>Соединить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call with announcement</source>
        <translation>Позвонить с объявлением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call into voice menu</source>
        <translation>Позвонить в голосовое меню</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Calling…</source>
        <translation>Звоним…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Voice file {id}</source>
        <translation>Голосовой файл {id}</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../calllauncher/ui/dossier_view.py" line="+19"/>
        <source>Calls with {number}</source>
        <translation>Звонки с {number}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Calls with this number</source>
        <translation>Звонки с этим номером</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who talked</source>
        <translation>Кто говорил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Play recording</source>
        <translation>Прослушать запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the call&apos;s recording in your player or browser (Ctrl+P)</source>
        <translation>Открыть запись звонка в проигрывателе или браузере (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note…</source>
        <translation>Заметка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note or pick an outcome (F2 or Enter)</source>
        <translation>Написать заметку или выбрать результат (F2 или Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy number · name · outcome · note (Ctrl+C)</source>
        <translation>Копировать номер · имя · результат · заметку (Ctrl+C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in Binotel</source>
        <translation>Открыть в Binotel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number&apos;s history in the Binotel cabinet, in your browser (Ctrl+O)</source>
        <translation>История этого номера в кабинете Binotel, в браузере (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to Binotel CRM…</source>
        <translation>Добавить в CRM Binotel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add this number to Binotel&apos;s CRM, assigned to you (Ctrl+N)</source>
        <translation>Добавить этот номер в CRM Binotel, ответственный — вы (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>incoming</source>
        <translation>входящий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outgoing</source>
        <translation>исходящий</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>▶ recorded</source>
        <translation>▶ есть запись</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>failed: {reason}</source>
        <translation>не удалось: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outcome unknown: the app was closed while it started</source>
        <translation>результат неизвестен: приложение закрыли, пока звонок начинался</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starting…</source>
        <translation>начинается…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started</source>
        <translation>начат</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open Binotel&apos;s add-contact page</source>
        <translation>Открыть страницу добавления контакта в Binotel</translation>
    </message>
</context>
<context>
    <name>EditableList</name>
    <message>
        <location filename="../../calllauncher/ui/account_widgets.py" line="+67"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../calllauncher/wording/failures.py" line="+27"/>
        <source>The PBX does not know this operation. Check the API version in the settings or update the app.</source>
        <translation>АТС не знает такой операции. Проверьте версию API в настройках или обновите программу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX says some required information is missing from the request.</source>
        <translation>АТС сообщает, что в запросе не хватает обязательных данных.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX rejected a value in the request. Check the numbers; if they are right, ask your administrator whether API calls are enabled for this line.</source>
        <translation>АТС отклонила значение в запросе. Проверьте номера; если они верны, спросите администратора, включены ли звонки через API для этой линии.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX had an internal fault. Try again in a minute.</source>
        <translation>Внутренняя ошибка АТС. Попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your company&apos;s Binotel account is disabled. Contact Binotel support.</source>
        <translation>Учётная запись вашей компании в Binotel отключена. Обратитесь в поддержку Binotel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key or secret is wrong. Sign in again with the key and secret from your Binotel account.</source>
        <translation>Неверный ключ или секрет API. Войдите ещё раз с ключом и секретом из кабинета Binotel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your phone did not answer or is offline. Check that your desk phone is connected, and pick up when it rings.</source>
        <translation>Ваш телефон не ответил или не в сети. Проверьте, что рабочий телефон подключён, и снимите трубку, когда он зазвонит.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX could not reach the number you called. Check the number and try again.</source>
        <translation>АТС не смогла дозвониться на этот номер. Проверьте номер и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PBX rejected a value in the request: {reason}</source>
        <translation>АТС отклонила значение в запросе: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX refused the request ({reason}).</source>
        <translation>АТС отклонила запрос ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>без указания причины</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PBX code {code}: {message}</source>
        <translation>Код АТС {code}: {message}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no content type</source>
        <translation>тип содержимого не указан</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The call may still have started: wait a minute and look for it in the Binotel call list before trying again, so nobody is called twice.</source>
        <translation>Звонок мог уже начаться: подождите минуту и поищите его в списке звонков Binotel, прежде чем пробовать снова, чтобы никому не позвонить дважды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The call may still have started: check your phone before trying again.</source>
        <translation>Звонок мог всё же начаться: прежде чем пробовать снова, проверьте телефон.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The proxy server refused the connection. Check the proxy settings.</source>
        <translation>Прокси-сервер отклонил соединение. Проверьте настройки прокси.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach the PBX in time. Check your internet connection.</source>
        <translation>Не удалось вовремя связаться с АТС. Проверьте подключение к интернету.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PBX&apos;s address sent the app somewhere else instead of answering, so nothing was sent there. Check the API address in the settings.</source>
        <translation>Адрес АТС перенаправил программу в другое место вместо ответа, поэтому туда ничего не отправлено. Проверьте адрес API в настройках.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PBX sent an answer far too large to be real, so the app stopped reading it.</source>
        <translation>АТС прислала слишком большой ответ, чтобы он был настоящим, поэтому программа прекратила его читать.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PBX&apos;s answer failed its signature check, so it was not trusted.</source>
        <translation>Ответ АТС не прошёл проверку подписи, поэтому он отклонён.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sign in first: the app has no account to call with.</source>
        <translation>Сначала войдите: у программы нет учётной записи для звонков.</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>Too many requests to the PBX in a short time. Wait %n seconds and try again.</source>
        <translation>
            <numerusform>Слишком много запросов к АТС за короткое время. Подождите %n секунду и попробуйте ещё раз.</numerusform>
            <numerusform>Слишком много запросов к АТС за короткое время. Подождите %n секунды и попробуйте ещё раз.</numerusform>
            <numerusform>Слишком много запросов к АТС за короткое время. Подождите %n секунд и попробуйте ещё раз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-118"/>
        <source>The PBX did not answer in time.</source>
        <translation>АТС не ответила вовремя.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The PBX&apos;s certificate could not be verified, so the connection is not safe. If your office uses an inspecting proxy, set its CA bundle in the settings.</source>
        <translation>Сертификат АТС не удалось проверить, поэтому соединение небезопасно. Если в офисе работает прокси с проверкой HTTPS, укажите его файл сертификатов CA в настройках.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PBX&apos;s address could not be found. Check your internet connection.</source>
        <translation>Не удалось найти адрес АТС. Проверьте подключение к интернету.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not connect to the PBX. Check your internet connection and the API address.</source>
        <translation>Не удалось подключиться к АТС. Проверьте подключение к интернету и адрес API.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The connection to the PBX was cut off.</source>
        <translation>Соединение с АТС оборвалось.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not talk to the PBX. Check your internet connection.</source>
        <translation>Не удалось связаться с АТС. Проверьте подключение к интернету.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The PBX did not answer properly (HTTP {status}).</source>
        <translation>АТС ответила некорректно (HTTP {status}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PBX sent an answer the app does not understand.</source>
        <translation>АТС прислала ответ, который программа не понимает.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If this computer&apos;s IP address is not registered with Binotel, ask Binotel support to add it.</source>
        <translation>Если IP-адрес этого компьютера не зарегистрирован в Binotel, попросите поддержку Binotel добавить его.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Something went wrong inside the app. Try again; if it keeps happening, send the log file to support.</source>
        <translation>В программе произошла ошибка. Попробуйте ещё раз; если она повторяется, отправьте файл журнала в поддержку.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../calllauncher/controller/form.py" line="+100"/>
        <source>Choose the company number to connect the call through.</source>
        <translation>Выберите номер компании, через который соединить звонок.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose your extension: your desk phone rings first.</source>
        <translation>Выберите свой внутренний номер: первым зазвонит ваш рабочий телефон.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the announcement to play.</source>
        <translation>Выберите объявление, которое воспроизвести.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type or choose the voice menu&apos;s name.</source>
        <translation>Введите или выберите название голосового меню.</translation>
    </message>
    <message>
        <location filename="../../calllauncher/wording/numbers.py" line="+22"/>
        <source>Type a phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number is too short.</source>
        <translation>Этот номер слишком короткий.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number is too long.</source>
        <translation>Этот номер слишком длинный.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number has letters in it.</source>
        <translation>В этом номере есть буквы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number has no digits in it.</source>
        <translation>В этом номере нет цифр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The + sign can only go at the very start of the number.</source>
        <translation>Знак + может стоять только в самом начале номера.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extensions after the number (like “ext. 12”) aren&apos;t supported; type the main number only.</source>
        <translation>Добавочный номер после основного (как «доб. 12») не поддерживается; введите только основной номер.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An extension can&apos;t be used here; type a full phone number.</source>
        <translation>Внутренний номер здесь не подходит; введите полный номер телефона.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number doesn&apos;t start with a real country code.</source>
        <translation>Этот номер не начинается с действующего кода страны.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This link does not hold a phone number.</source>
        <translation>В этой ссылке нет номера телефона.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian numbers have 10 digits, starting with 0; this one has {n}.</source>
        <translation>Украинские номера состоят из 10 цифр и начинаются с 0; в этом цифр: {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+380 numbers have 9 digits after the country code; this one has {n}.</source>
        <translation>В номерах +380 после кода страны 9 цифр; в этом цифр: {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After +380 or the first 0, a Ukrainian number can&apos;t start with another 0.</source>
        <translation>После +380 или первого 0 украинский номер не может начинаться ещё с одного 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ukrainian numbers start with 0. For another country, type + and the country code first.</source>
        <translation>Украинские номера начинаются с 0. Для другой страны сначала введите + и код страны.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This number is too long for Ukraine. For another country, type + and the country code first.</source>
        <translation>Этот номер слишком длинный для Украины. Для другой страны сначала введите + и код страны.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This number is too short; add the area code in front (like 044 for Kyiv).</source>
        <translation>Этот номер слишком короткий; добавьте в начале код города (как 044 для Киева).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number has a character that can&apos;t be dialled: “{char}”.</source>
        <translation>В этом номере есть символ, который нельзя набрать: «{char}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number is too short for country code +{code}.</source>
        <translation>Этот номер слишком короткий для кода страны +{code}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number is too long for country code +{code}.</source>
        <translation>Этот номер слишком длинный для кода страны +{code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number has the wrong number of digits for country code +{code}.</source>
        <translation>В этом номере неверное количество цифр для кода страны +{code}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This isn&apos;t a real phone number for country code +{code}.</source>
        <translation>Это не настоящий номер телефона для кода страны +{code}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} is an emergency number. Dial it from a phone directly: a call started through the PBX may not reach the emergency service near you.</source>
        <translation>{number} — номер экстренной службы. Наберите его прямо с телефона: звонок, начатый через АТС, может не попасть в службу рядом с вами.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../calllauncher/services/history.py" line="+280"/>
        <source>Call history can&apos;t be saved on this computer this time ({folder} is not writable); it is kept until you quit.</source>
        <translation>В этот раз историю звонков не удаётся сохранить на этом компьютере (в {folder} нельзя записывать); она хранится до выхода из программы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The call history file was damaged, so a new one was started. The old file was kept as {name}.</source>
        <translation>Файл истории звонков повреждён, поэтому начат новый. Старый файл сохранён как {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call history can&apos;t be saved: the disk is full. Calls still go out, but they are not recorded until there is free space.</source>
        <translation>Историю звонков не удаётся сохранить: диск заполнен. Звонки по-прежнему идут, но не записываются, пока не освободится место.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call history can&apos;t be saved ({reason}). Calls still go out, but they are not recorded.</source>
        <translation>Историю звонков не удаётся сохранить ({reason}). Звонки по-прежнему идут, но не записываются.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The app was closed while this call was being started, so whether it went through is not known.</source>
        <translation>Программу закрыли, пока этот звонок начинался, поэтому неизвестно, состоялся ли он.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../calllauncher/ui/history_view.py" line="+45"/>
        <source>Call history</source>
        <translation>История звонков</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search numbers, names, results…</source>
        <translation>Поиск по номерам, именам, результатам…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search history</source>
        <translation>Поиск в истории</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Когда</translation>
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
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Call again</source>
        <translation>Позвонить ещё раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call this number again (Enter)</source>
        <translation>Позвонить на этот номер ещё раз (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy number · name · outcome · note (Ctrl+C)</source>
        <translation>Копировать номер · имя · результат · заметку (Ctrl+C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note…</source>
        <translation>Заметка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note or pick an outcome (F2)</source>
        <translation>Написать заметку или выбрать результат (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details…</source>
        <translation>Подробно…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every call with this number, recordings and the CRM (Ctrl+I)</source>
        <translation>Все звонки с этим номером, записи и CRM (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+141"/>
        <location line="+74"/>
        <source>Add to favourites</source>
        <translation>Добавить в избранное</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Add to or remove from favourites (Ctrl+D)</source>
        <translation>Добавить в избранное или убрать из него (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear history…</source>
        <translation>Очистить историю…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+36"/>
        <source>No calls yet.</source>
        <translation>Звонков ещё не было.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No call matches “{text}”.</source>
        <translation>Ни один звонок не соответствует «{text}».</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+34"/>
        <source>failed: {reason}</source>
        <translation>ошибка: {reason}</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <source>outcome unknown: the app was closed while it started</source>
        <translation>результат неизвестен: программу закрыли, пока звонок начинался</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+36"/>
        <source>starting…</source>
        <translation>начинается…</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+37"/>
        <source>started</source>
        <translation>начат</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove from favourites</source>
        <translation>Убрать из избранного</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Name for {number} (optional):</source>
        <translation>Имя для {number} (необязательно):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear history</source>
        <translation>Очистить историю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the whole call history? Favourites are kept.</source>
        <translation>Удалить всю историю звонков? Избранное останется.</translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <location filename="../../calllauncher/services/hotkeys/portal.py" line="+73"/>
        <location filename="../../calllauncher/wording/hotkeys.py" line="+25"/>
        <source>Dial the copied number</source>
        <translation>Набрать скопированный номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../calllauncher/wording/hotkeys.py" line="+2"/>
        <source>Show the dialer</source>
        <translation>Показать окно набора</translation>
    </message>
    <message>
        <location filename="../../calllauncher/wording/hotkeys.py" line="+6"/>
        <source>Instead, add a keyboard shortcut in your desktop&apos;s settings that runs “{command}” (GNOME: Settings ▸ Keyboard ▸ Custom Shortcuts; KDE: System Settings ▸ Shortcuts).</source>
        <translation>Вместо этого добавьте в настройках рабочего стола сочетание клавиш, которое запускает «{command}» (GNOME: Параметры ▸ Клавиатура ▸ Свои сочетания; KDE: Параметры системы ▸ Комбинации клавиш).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{keys} ({action}) is already used by another program; choose other keys.</source>
        <translation>{keys} ({action}) уже использует другая программа; выберите другие клавиши.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{keys} ({action}) can&apos;t be used as a global shortcut.</source>
        <translation>{keys} ({action}) нельзя использовать как глобальное сочетание клавиш.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{keys} ({action}) needs Ctrl, Alt or the Windows key with it.</source>
        <translation>Для {keys} ({action}) нужна ещё клавиша Ctrl, Alt или Windows.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This desktop does not let apps set a global shortcut.</source>
        <translation>Этот рабочий стол не позволяет программам задавать глобальные сочетания клавиш.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The desktop did not allow CallLauncher&apos;s global shortcuts.</source>
        <translation>Рабочий стол не разрешил глобальные сочетания клавиш CallLauncher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Global shortcuts can&apos;t be set up here.</source>
        <translation>Здесь нельзя настроить глобальные сочетания клавиш.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The global shortcut {keys} could not be set up.</source>
        <translation>Не удалось настроить глобальное сочетание клавиш {keys}.</translation>
    </message>
</context>
<context>
    <name>IncomingCard</name>
    <message>
        <location filename="../../calllauncher/ui/incoming_card.py" line="+62"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this card</source>
        <translation>Закрыть эту карточку</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new caller</source>
        <translation>новый абонент</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy number</source>
        <translation>Копировать номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in CRM</source>
        <translation>Открыть в CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every call with this number: who talked, notes, recordings</source>
        <translation>Все звонки с этим номером: кто говорил, заметки, записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note…</source>
        <translation>Заметка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a note about this caller</source>
        <translation>Добавить заметку об этом абоненте</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Incoming call to {company}</source>
        <translation>Входящий звонок на {company}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Manager: {name}</source>
        <translation>Менеджер: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answered by {who}</source>
        <translation>Ответил(а) {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ringing…</source>
        <translation>Звонит…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note: {text}</source>
        <translation>Заметка: {text}</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../../calllauncher/wording/sign_in.py" line="-141"/>
        <source>The keyring gave back something that is not a secret CallLauncher saved. Sign in again to replace it.</source>
        <translation>Хранилище паролей вернуло что-то, что не является секретом, сохранённым CallLauncher. Войдите снова, чтобы заменить его.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No keyring is available to keep your secret safely. This system needs {keyring}.</source>
        <translation>Нет хранилища паролей, чтобы надёжно сохранить секрет. Для этого в системе требуется {keyring}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your keyring did not answer within {seconds} seconds. It may be waiting for you to unlock it: unlock it and try again.</source>
        <translation>Хранилище паролей не ответило за {seconds} с. Возможно, оно ждёт, пока вы его разблокируете: разблокируйте его и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your keyring is locked. Unlock it (it may be asking for your login password) and try again.</source>
        <translation>Хранилище паролей заблокировано. Разблокируйте его (возможно, оно просит пароль входа в систему) и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keyring refused to read the secret ({name}). Check that your keyring is running and unlocked.</source>
        <translation>Хранилище паролей не дало прочитать секрет ({name}). Проверьте, что хранилище запущено и разблокировано.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keyring refused to save the secret ({name}). Check that your keyring is running and unlocked.</source>
        <translation>Хранилище паролей не дало сохранить секрет ({name}). Проверьте, что хранилище запущено и разблокировано.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring refused to delete the secret ({name}). Check that your keyring is running and unlocked.</source>
        <translation>Хранилище паролей не дало удалить секрет ({name}). Проверьте, что хранилище запущено и разблокировано.</translation>
    </message>
</context>
<context>
    <name>LiveCallsView</name>
    <message>
        <location filename="../../calllauncher/ui/live_calls_view.py" line="+59"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear finished</source>
        <translation>Убрать завершённые</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove every finished call from the list</source>
        <translation>Убрать из списка все завершённые звонки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No calls yet. Started calls show here until they end.</source>
        <translation>Звонков ещё нет. Начатые звонки видны здесь, пока они не завершатся.</translation>
    </message>
</context>
<context>
    <name>LiveParts</name>
    <message>
        <location filename="../../calllauncher/ui/live_wiring.py" line="+286"/>
        <source>Live calls ✓</source>
        <translation>Звонки онлайн ✓</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the WebSocket refused the key</source>
        <translation>WebSocket не принял ключ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no WebSocket key</source>
        <translation>нет ключа WebSocket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the WebSocket is unavailable</source>
        <translation>WebSocket недоступен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live calls: checking every {n} s ({why})</source>
        <translation>Звонки онлайн: проверка каждые {n} с ({why})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live calls: offline</source>
        <translation>Звонки онлайн: нет связи</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note about {caller}:</source>
        <translation>Заметка о {caller}:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Missed call</source>
        <translation>Пропущенный звонок</translation>
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
        <translation>Демо-АТС: звонки имитируются, на самом деле никому не звоним.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in with API key {key}…</source>
        <translation>Вход выполнен с ключом API {key}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed in.</source>
        <translation>Вход не выполнен.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The PBX accepted the call to {who}.</source>
        <translation>АТС приняла звонок на {who}.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>the employee list</source>
        <translation>список сотрудников</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the announcements</source>
        <translation>объявления</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load {what}: {reason}</source>
        <translation>Не удалось загрузить {what}: {reason}</translation>
    </message>
</context>
<context>
    <name>MissedRow</name>
    <message>
        <location filename="../../calllauncher/ui/callback_view.py" line="-70"/>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ring your phone, then {number}</source>
        <translation>Сначала зазвонит ваш телефон, потом {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call back {who}</source>
        <translation>Перезвонить: {who}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tries: {n}, last at {time}</source>
        <translation>попыток: {n}, последняя в {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at {time}</source>
        <translation>в {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>called {company}</source>
        <translation>звонил(а) на {company}</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../calllauncher/ui/note_editor.py" line="+26"/>
        <source>Note on the call</source>
        <translation>Заметка к звонку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was agreed, what to do next…</source>
        <translation>О чём договорились, что делать дальше…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no tag)</source>
        <translation>(без метки)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the note (Enter)</source>
        <translation>Сохранить заметку (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the note as it was (Esc)</source>
        <translation>Оставить заметку как была (Esc)</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../calllauncher/wording/notes.py" line="+20"/>
        <source>call back tomorrow</source>
        <translation>перезвонить завтра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interested</source>
        <translation>заинтересован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not interested</source>
        <translation>не заинтересован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left a message</source>
        <translation>оставлено сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong number</source>
        <translation>ошибочный номер</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading this number&apos;s calls from the PBX…</source>
        <translation>Загрузка звонков этого номера с АТС…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PBX&apos;s calls with this number could not be loaded: {reason}</source>
        <translation>Не удалось загрузить звонки с этим номером с АТС: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No calls with this number yet.</source>
        <translation>С этим номером ещё не было звонков.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording could not be opened: {reason}</source>
        <translation>Не удалось открыть запись: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recording&apos;s link could not be opened: no player or browser took it.</source>
        <translation>Не удалось открыть ссылку на запись: ни один проигрыватель или браузер её не принял.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} was added to the Binotel CRM.</source>
        <translation>{name} добавлен в CRM Binotel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Binotel did not add the contact: {reason} You can add it in the Binotel cabinet instead.</source>
        <translation>Binotel не добавил контакт: {reason} Вы можете добавить его в кабинете Binotel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the contact&apos;s name.</source>
        <translation>Введите имя контакта.</translation>
    </message>
</context>
<context>
    <name>PresenceButton</name>
    <message>
        <location filename="../../calllauncher/ui/presence_menu.py" line="+99"/>
        <source>Your status: {state}. Change it ({shortcut})</source>
        <translation>Ваш статус: {state}. Изменить ({shortcut})</translation>
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
        <translation>напр. Елена или 044 333 40 23</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or phone number</source>
        <translation>Имя или номер телефона</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+I: the number&apos;s calls, notes and recordings</source>
        <translation>Ctrl+I: звонки, заметки и записи этого номера</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>People and numbers found</source>
        <translation>Найденные люди и номера</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>colleague</source>
        <translation>коллега</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>favourite</source>
        <translation>избранное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recent</source>
        <translation>недавно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also in the pasted text</source>
        <translation>тоже во вставленном тексте</translation>
    </message>
</context>
<context>
    <name>SearchParts</name>
    <message>
        <location filename="../../calllauncher/ui/search_wiring.py" line="+71"/>
        <source>Compact window</source>
        <translation>Компактное окно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A small window on top of the others ({key})</source>
        <translation>Маленькое окно поверх остальных ({key})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Binotel&apos;s customers were not searched: {reason}</source>
        <translation>Поиск среди клиентов Binotel не удался: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingChecks</name>
    <message>
        <location filename="../../calllauncher/services/setting_checks.py" line="+34"/>
        <source>your settings file {file}</source>
        <translation>вашего файла настроек {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the administrator&apos;s preset file {file}</source>
        <translation>файла настроек администратора {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the built-in settings</source>
        <translation>встроенных настроек</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the --api-url option</source>
        <translation>параметра --api-url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the {name} environment variable</source>
        <translation>переменной окружения {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+30"/>
        <source>the settings</source>
        <translation>настроек</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The API address “{url}” from {where} is not a web address, so nothing is sent to the PBX. Change it to an https:// address, like https://api.binotel.com/api/.</source>
        <translation>Адрес API «{url}» из {where} не является веб-адресом, поэтому в АТС ничего не отправляется. Измените его на адрес https://, например https://api.binotel.com/api/.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API address “{url}” from {where} starts with http://, so the secret would travel unencrypted; nothing is sent to the PBX. Change it to https://.</source>
        <translation>Адрес API «{url}» из {where} начинается с http://, поэтому секрет передавался бы незашифрованным; в АТС ничего не отправляется. Измените его на https://.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The CA bundle file {file} (from {where}) is missing, so the PBX&apos;s certificate can&apos;t be checked and nothing is sent. Choose the file again under Advanced when signing in, or clear that setting.</source>
        <translation>Файла сертификатов CA {file} (из {where}) нет, поэтому сертификат АТС невозможно проверить и ничего не отправляется. Выберите файл снова в разделе «Дополнительно» при входе или очистите эту настройку.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The API version “{value}” from {where} is not one CallLauncher speaks (4.0 or 2.0).</source>
        <translation>Версия API «{value}» из {where} не поддерживается CallLauncher (только 4.0 или 2.0).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The country for numbers “{value}” from {where} is not a country code CallLauncher knows.</source>
        <translation>Страна для номеров «{value}» из {where} не является известным CallLauncher кодом страны.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Using version 4.0 until it is fixed.</source>
        <translation>Пока это не исправлено, используется версия 4.0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers without a country code are read as Ukrainian until it is fixed in Settings.</source>
        <translation>Пока это не исправлено в Настройках, номера без кода страны читаются как украинские.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../calllauncher/ui/settings_dialog.py" line="+57"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers</source>
        <translation>Номера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values marked ◆ were preset by your administrator; your own changes take priority over them.</source>
        <translation>Значения с пометкой ◆ задал администратор; ваши собственные изменения имеют приоритет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore defaults</source>
        <translation>Восстановить по умолчанию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to your office&apos;s or the built-in values</source>
        <translation>Вернуть значения вашего офиса или встроенные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>e.g. 901</source>
        <translation>напр. 901</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>Румыния</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slovakia</source>
        <translation>Словакия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hungary</source>
        <translation>Венгрия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Чехия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>My &amp;extension:</source>
        <translation>&amp;Внутренний номер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your desk phone, which rings first when you call.</source>
        <translation>Ваш рабочий телефон, который звонит первым, когда вы звоните.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country for numbers:</source>
        <translation>&amp;Страна номеров:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers typed without + and a country code are dialled here.</source>
        <translation>Номера без + и кода страны набираются в этой стране.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defaults for new calls</source>
        <translation>Параметры новых звонков по умолчанию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ring my phone for:</source>
        <translation>&amp;Звонить на мой телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Longest call:</source>
        <translation>Самый &amp;долгий разговор:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My phone &amp;shows:</source>
        <translation>Мой телефон &amp;показывает:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 044 333 40 23</source>
        <translation>напр. 044 333 40 23</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice menu name</source>
        <translation>Название голосового меню</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company &amp;numbers:</source>
        <translation>&amp;Номера компании:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The numbers your company calls from, offered in the dialer.</source>
        <translation>Номера, с которых звонит ваша компания; их предлагает окно набора.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Voice menus:</source>
        <translation>&amp;Голосовые меню:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PBX can&apos;t list its voice menus, so type their names here.</source>
        <translation>АТС не выдаёт список своих голосовых меню, поэтому введите их названия здесь.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closing the window keeps CallLauncher in the tray</source>
        <translation>Закрытое окно прячется в область уведомлений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start minimized</source>
        <translation>Запускать свёрнутым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start when I log in</source>
        <translation>Запускать при входе в систему</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the number, I press Call</source>
        <translation>Вписать номер, «Позвонить» нажму сам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial at once</source>
        <translation>Сразу набирать</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also dial a number that is only highlighted</source>
        <translation>Набирать и номер, который только выделен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off: only a number you copied is dialled. On: a number you only highlighted (the X11 selection) is dialled too.</source>
        <translation>Выключено: набирается только скопированный номер. Включено: набирается и номер, который вы только выделили (выделение X11).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show a notice when a call connects and ends</source>
        <translation>Уведомлять, когда звонок соединён и завершён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detailed log, for support</source>
        <translation>Подробный журнал для поддержки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window:</source>
        <translation>Окно:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open tel: and callto: links with CallLauncher</source>
        <translation>Открывать tel: и callto: в CallLauncher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make CallLauncher the phone link handler</source>
        <translation>Сделать CallLauncher программой для телефонных ссылок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone links:</source>
        <translation>Телефонные ссылки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clipboard:</source>
        <translation>Буфер обмена:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices:</source>
        <translation>Уведомления:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when CallLauncher restarts.</source>
        <translation>Новый язык заработает после перезапуска CallLauncher.</translation>
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
        <translation>Секреты никогда не попадают в журнал, даже подробный.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Global shortcuts (work in every program)</source>
        <translation>Глобальные сочетания клавиш (действуют в любой программе)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click a field and press the keys you want; None turns that shortcut off. The copied number is dialled from your extension at once.</source>
        <translation>Щёлкните поле и нажмите нужные клавиши; «Нет» отключает это сочетание. Скопированный номер набирается с вашего внутреннего номера сразу.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dial the &amp;copied number:</source>
        <translation>Набрать &amp;скопированный номер:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the dial&amp;er:</source>
        <translation>Показать &amp;окно набора:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No global shortcut for this</source>
        <translation>Без глобального сочетания клавиш</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Preset by your administrator: {value}</source>
        <translation>Задано администратором: {value}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>on</source>
        <translation>включено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>выключено</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../calllauncher/ui/shell.py" line="+124"/>
        <source>&amp;History…</source>
        <translation>&amp;История звонков…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Redial last</source>
        <translation>&amp;Повторить последний звонок</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Call the last number again, exactly as it was called</source>
        <translation>Позвонить на последний номер ещё раз, точно так же, как в прошлый раз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call {who} again, exactly as it was called</source>
        <translation>Позвонить {who} ещё раз, точно так же, как в прошлый раз</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>CallLauncher keeps running in the tray. Quit it from its menu.</source>
        <translation>CallLauncher продолжает работать в области уведомлений. Закрыть его можно из его меню.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The link {link} can&apos;t be dialled: {reason}</source>
        <translation>Не удалось набрать ссылку {link}: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no phone number in the clipboard. Copy one and try again.</source>
        <translation>В буфере обмена нет номера телефона. Скопируйте номер и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Could not change the desktop settings: {reason}</source>
        <translation>Не удалось изменить настройки системы: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Call connected</source>
        <translation>Звонок соединён</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call failed</source>
        <translation>Звонок не удался</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call ended</source>
        <translation>Звонок завершён</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../calllauncher/ui/sign_in_dialog.py" line="+52"/>
        <source>Sign in to Binotel</source>
        <translation>Вход в Binotel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the API key and secret of your company&apos;s Binotel account. The secret is kept only in this computer&apos;s keyring.</source>
        <translation>Введите ключ и секрет API учётной записи вашей компании в Binotel. Секрет хранится только в хранилище паролей этого компьютера.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From your Binotel account</source>
        <translation>Из кабинета Binotel</translation>
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
        <translation>Показать</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Show or hide the secret</source>
        <translation>Показать или скрыть секрет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the secret</source>
        <translation>Показать секрет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API version</source>
        <translation>Версия API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.0 (current)</source>
        <translation>4.0 (текущая)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2.0 (legacy)</source>
        <translation>2.0 (устаревшая)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>API URL</source>
        <translation>Адрес API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA bundle file</source>
        <translation>Файл сертификатов CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System certificates</source>
        <translation>Сертификаты системы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use for this session only</source>
        <translation>Только на этот сеанс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the secret in memory until CallLauncher quits; nothing is written</source>
        <translation>Держать секрет в памяти до закрытия CallLauncher; ничего не записывается</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My extension</source>
        <translation>Мой внутренний номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose your desk phone</source>
        <translation>Выберите свой рабочий телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your desk phone rings first when you call someone.</source>
        <translation>Когда вы кому-то звоните, первым звонит ваш рабочий телефон.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connection</source>
        <translation>Проверить соединение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+195"/>
        <source>Test the connection first</source>
        <translation>Сначала проверьте соединение</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Only for an office proxy that inspects HTTPS: the file with its certificate. Leave empty otherwise.</source>
        <translation>Только для офисного прокси, который проверяет HTTPS: файл с его сертификатом. Иначе оставьте пустым.</translation>
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
        <translation>&amp;Версия API:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API &amp;URL:</source>
        <translation>&amp;Адрес API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA bundle:</source>
        <translation>Сертификаты &amp;CA:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My &amp;extension:</source>
        <translation>Внутренний &amp;номер:</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the CA bundle</source>
        <translation>Выберите файл сертификатов CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Testing the connection…</source>
        <translation>Проверяем соединение…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Saving the secret in the keyring…</source>
        <translation>Сохраняем секрет в хранилище паролей…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Trying the keyring again…</source>
        <translation>Ещё раз обращаемся к хранилищу паролей…</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../calllauncher/wording/team.py" line="+22"/>
        <source>Available</source>
        <translation>На месте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In CRM</source>
        <translation>В CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status unknown</source>
        <translation>Статус неизвестен</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your status was not changed. {reason}</source>
        <translation>Ваш статус не изменён. {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your status was not changed. Choose your extension first: the status belongs to the employee on that line.</source>
        <translation>Ваш статус не изменён. Сначала выберите свой внутренний номер: статус принадлежит сотруднику на этой линии.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your status was not changed. Extension {extension} is not linked to an employee on the PBX, so it has no status to set.</source>
        <translation>Ваш статус не изменён. Внутренний номер {extension} не привязан к сотруднику в АТС, поэтому у него нет статуса.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This colleague&apos;s phone is offline: the call may not reach it.</source>
        <translation>Телефон этого коллеги не в сети: звонок может до него не дойти.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This colleague is on another call right now.</source>
        <translation>Этот коллега сейчас на другом звонке.</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <location filename="../../calllauncher/ui/team_panel.py" line="+46"/>
        <source>Type a name or extension</source>
        <translation>Введите имя или внутренний номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a colleague</source>
        <translation>Найти коллегу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Colleagues</source>
        <translation>Коллеги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colleague</source>
        <translation>Коллега</translation>
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
        <translation>Коллеги ещё не загружены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter or a double click calls the colleague</source>
        <translation>Enter или двойной щелчок — позвонить коллеге</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{name}, extension {ext}: {presence}, {line}</source>
        <translation>{name}, внутренний номер {ext}: {presence}, {line}</translation>
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
        <translation>Показать или скрыть команду ({shortcut})</translation>
    </message>
</context>
<context>
    <name>TimelineRow</name>
    <message>
        <location filename="../../calllauncher/ui/timeline_view.py" line="+92"/>
        <source>Show every call with this number (Space)</source>
        <translation>Показать все звонки с этим номером (пробел)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call again</source>
        <translation>Позвонить ещё раз</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Calls with this number: {n}. Show them</source>
        <translation>Звонков с этим номером: {n}. Показать их</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call {who} back (Enter)</source>
        <translation>Перезвонить: {who} (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the same call again (Enter)</source>
        <translation>Совершить тот же звонок ещё раз (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number was withheld: there is nobody to call back</source>
        <translation>Номер скрыт: некому перезвонить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call {who} again</source>
        <translation>Позвонить ещё раз: {who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and {n} more</source>
        <translation>и ещё {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter: call again · Space: every call with this number</source>
        <translation>Enter: позвонить ещё раз · пробел: все звонки с этим номером</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desk phone</source>
        <translation>Настольный телефон</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>failed</source>
        <translation>не удался</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outcome unknown</source>
        <translation>результат неизвестен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outcome not known yet</source>
        <translation>результат пока неизвестен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answered by {who}</source>
        <translation>ответил(а) {who}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location line="+55"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls ({key})</source>
        <translation>Звонки ({key})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear finished</source>
        <translation>Убрать завершённые</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take finished calls off the list (the history keeps them)</source>
        <translation>Убрать завершённые звонки из списка (в истории они останутся)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier</source>
        <translation>Ранее</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No calls yet. Calls you make or take show here, newest first.</source>
        <translation>Звонков пока нет. Ваши входящие и исходящие звонки появятся здесь, новые сверху.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../calllauncher/ui/transfer_dialog.py" line="+32"/>
        <source>Transfer call</source>
        <translation>Переадресация звонка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer the call with {who} to:</source>
        <translation>Переадресовать звонок с {who} на:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colleague or number to transfer to</source>
        <translation>Коллега или номер для переадресации</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Colleague&apos;s extension or any number</source>
        <translation>Внутренний номер коллеги или любой номер</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Transfer</source>
        <translation>Переадресовать</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../calllauncher/ui/tray.py" line="+116"/>
        <source>Dial clipboard ({number})</source>
        <translation>Набрать из буфера ({number})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dial clipboard (no number copied)</source>
        <translation>Набрать из буфера (номер не скопирован)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Redial last ({number})</source>
        <translation>Повторить последний ({number})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redial last (no calls yet)</source>
        <translation>Повторить последний (звонков ещё нет)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent</source>
        <translation>Недавние</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Favourites</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My status</source>
        <translation>Мой статус</translation>
    </message>
    <message>
        <location filename="../../calllauncher/ui/compact_window.py" line="+70"/>
        <location filename="../../calllauncher/ui/tray.py" line="+5"/>
        <source>To call back ({n})</source>
        <translation>Перезвонить ({n})</translation>
    </message>
    <message>
        <location filename="../../calllauncher/ui/tray.py" line="+7"/>
        <source>Hang up all ({n})</source>
        <translation>Завершить все звонки ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hang up all</source>
        <translation>Завершить все звонки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show dialer</source>
        <translation>Показать окно набора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compact window</source>
        <translation>Компактное окно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>to call back: {n}</source>
        <translation>перезвонить: {n}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../calllauncher/ui/welcome.py" line="+30"/>
        <location line="+8"/>
        <source>Welcome to CallLauncher</source>
        <translation>Добро пожаловать в CallLauncher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call customers from your desk phone in one click. CallLauncher asks your Binotel PBX to ring your phone first, then connects the customer.</source>
        <translation>Звоните клиентам с рабочего телефона в один клик. CallLauncher просит АТС Binotel сначала позвонить на ваш телефон, а затем соединяет с клиентом.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in with your Binotel API key</source>
        <translation>Войти с ключом API Binotel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You need the API key and secret of your company&apos;s Binotel account; your administrator has them. The secret is kept in this computer&apos;s keyring.</source>
        <translation>Нужны ключ и секрет API учётной записи вашей компании в Binotel; они есть у администратора. Секрет хранится в хранилище паролей этого компьютера.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try the demo PBX</source>
        <translation>Попробовать демо-АТС</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A simulated PBX on this computer: try every kind of call, nobody is called.</source>
        <translation>Имитация АТС на этом компьютере: попробуйте все виды звонков, никому не звоним.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in later from the CallLauncher menu</source>
        <translation>Войти позже из меню CallLauncher</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../calllauncher/wording/calls.py" line="+20"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two numbers</source>
        <translation>Два номера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcement</source>
        <translation>Объявление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice menu</source>
        <translation>Голосовое меню</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>answered</source>
        <translation>ответили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transferred</source>
        <translation>переадресован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>busy</source>
        <translation>занято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network busy</source>
        <translation>сеть перегружена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreachable</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voicemail</source>
        <translation>голосовая почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voicemail left</source>
        <translation>оставлено голосовое сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still going when the app was closed</source>
        <translation>ещё шёл, когда приложение закрыли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>завершён</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n hours</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minutes</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n seconds</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
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
        <translation>звонит ваш телефон…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dialling…</source>
        <translation>набор номера…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>talking {time}</source>
        <translation>разговор {time}</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>ended: {outcome}, {duration}</source>
        <translation>завершён: {outcome}, {duration}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>ended: {outcome}</source>
        <translation>завершён: {outcome}</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>waits for the call being started</source>
        <translation>ждёт, пока начнётся предыдущий звонок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ringing your phone ({extension}) — pick up</source>
        <translation>звонит ваш телефон ({extension}) — снимите трубку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ringing your phone ({extension}), then {number}</source>
        <translation>звонит ваш телефон ({extension}), затем {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>calling {number}</source>
        <translation>звонок на {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>starting</source>
        <translation>запуск</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dialling</source>
        <translation>набор номера</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ended: {outcome} {time}</source>
        <translation>завершён: {outcome} {time}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>available</source>
        <translation>на месте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working in CRM</source>
        <translation>работает в CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on a break</source>
        <translation>перерыв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>away</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../calllauncher/wording/team.py" line="-32"/>
        <source>on a call</source>
        <translation>разговаривает</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../calllauncher/wording/team.py" line="+1"/>
        <source>ringing</source>
        <translation>идёт вызов</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../calllauncher/wording/team.py" line="+1"/>
        <source>phone offline</source>
        <translation>телефон не в сети</translation>
    </message>
    <message>
        <location filename="../../calllauncher/ui/team_panel.py" line="-11"/>
        <location filename="../../calllauncher/wording/calls.py" line="+7"/>
        <source>line without a user</source>
        <translation>линия без пользователя</translation>
    </message>
    <message>
        <location filename="../../calllauncher/controller/names.py" line="+41"/>
        <location filename="../../calllauncher/wording/calls.py" line="+10"/>
        <source>Number withheld</source>
        <translation>Номер скрыт</translation>
    </message>
    <message>
        <location filename="../../calllauncher/wording/calls.py" line="+10"/>
        <source>queue {name}</source>
        <translation>очередь {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forwarded to {number}</source>
        <translation>переадресовано на {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note: {text}</source>
        <translation>примечание: {text}</translation>
    </message>
</context>
</TS>
