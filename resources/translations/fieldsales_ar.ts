<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fieldsales</source>
        <translation>حول Fieldsales</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول البرنامج</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>المكوّنات</translation>
    </message>
    <message>
        <source>Qt licence</source>
        <translation>ترخيص Qt</translation>
    </message>
    <message>
        <source>Fieldsales %1</source>
        <translation>Fieldsales %1</translation>
    </message>
    <message>
        <source>Offline-first CRM for field sales teams</source>
        <translation>نظام لإدارة علاقات العملاء لفرق المبيعات الميدانية يعمل دون اتصال</translation>
    </message>
    <message>
        <source>This program includes third-party components; their names, versions and licences are listed under Components. Your workspace stays on this computer, encrypted with your passphrase.</source>
        <translation>يتضمن هذا البرنامج مكوّنات من جهات خارجية، وتجد أسماءها وإصداراتها وتراخيصها في تبويب «المكوّنات». تبقى مساحة عملك على هذا الحاسوب مشفّرة بعبارة المرور الخاصة بك.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>The full licence texts are in the program folder:</source>
        <translation>النصوص الكاملة للتراخيص موجودة في مجلد البرنامج:</translation>
    </message>
    <message>
        <source>Fieldsales uses Qt under the GNU Lesser General Public License version 3. You may replace the Qt libraries in the program folder with your own build of the same Qt version; how to do so is written below and in QT-LGPL-NOTICE.txt beside the program.</source>
        <translation>يستخدم Fieldsales مكتبة Qt بموجب رخصة جنو العمومية الصغرى، الإصدار 3. يحق لك استبدال مكتبات Qt في مجلد البرنامج بنسخة من بنائك لإصدار Qt نفسه؛ وطريقة ذلك مكتوبة أدناه وفي الملف QT-LGPL-NOTICE.txt بجانب البرنامج.</translation>
    </message>
</context>
<context>
    <name>Account360</name>
    <message>
        <source>← All accounts</source>
        <translation>→ كل الحسابات</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>العودة إلى القائمة (Alt+Left)</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>الائتمان</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>الرصيد المستحق</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>الطلبات المفتوحة</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>المتاح</translation>
    </message>
    <message>
        <source>Plan visit…</source>
        <translation>تخطيط زيارة…</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>جهة اتصال جديدة…</translation>
    </message>
    <message>
        <source>New quote…</source>
        <translation>عرض سعر جديد…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>تعديل الحساب…</translation>
    </message>
    <message>
        <source>New opportunity…</source>
        <translation>فرصة جديدة…</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <source>Click a phone number or address to call or write</source>
        <translation>انقر رقم هاتف أو عنوان بريد للاتصال أو الكتابة</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Visits and reports</source>
        <translation>الزيارات والتقارير</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>الفرص</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>عروض الأسعار</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>العقود</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
</context>
<context>
    <name>AccountAttachments</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>يخص</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>إرفاق ملف…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <source>Attach a file to this account</source>
        <translation>إرفاق ملف بهذا الحساب</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>تقرير الزيارة</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>عرض السعر</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>العقد</translation>
    </message>
</context>
<context>
    <name>AccountChooser</name>
    <message>
        <source>Choose an account</source>
        <translation>اختر حسابًا</translation>
    </message>
    <message>
        <source>Type a name, number or city</source>
        <translation>اكتب اسمًا أو رقمًا أو مدينة</translation>
    </message>
    <message>
        <source>Choose an account from the list.</source>
        <translation>اختر حسابًا من القائمة.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>تعديل الحساب</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>رقم الحساب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>حد الائتمان</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>AccountLabels</name>
    <message>
        <source>Lead</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>عميل مرتقب</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>عميل</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>محظور</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>حد الائتمان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>contact: %1</source>
        <translation>جهة الاتصال: %1</translation>
    </message>
    <message>
        <source>Found by the name of its contact %1</source>
        <translation>عُثر عليه باسم جهة الاتصال %1</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Search name, number, city, tag or contact (Ctrl+F)</source>
        <translation>ابحث بالاسم أو الرقم أو المدينة أو الوسم أو جهة الاتصال (Ctrl+F)</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>حساب جديد…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>استيراد CSV…</translation>
    </message>
    <message>
        <source>Fill with demo data…</source>
        <translation>ملء ببيانات تجريبية…</translation>
    </message>
    <message>
        <source>Try the app with 1,000 invented customers</source>
        <translation>جرّب التطبيق مع 1000 عميل وهمي</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>الحسابات: %1</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>استيراد الحسابات</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>تم الاستيراد: %1 جديد، %2 محدّث، %3 دون تغيير.</translation>
    </message>
</context>
<context>
    <name>AppMain</name>
    <message>
        <source>Fieldsales cannot start.</source>
        <translation>لا يمكن تشغيل Fieldsales.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>أعد كتابة عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>This is not the current passphrase.</source>
        <translation>هذه ليست عبارة المرور الحالية.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>No conflicts. When the same record is changed here and on the server, the differences will be listed here for you to choose.</source>
        <translation>لا توجد تعارضات. عندما يتغير السجل نفسه هنا وعلى الخادم، ستظهر الاختلافات هنا لتختار بينها.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>قيمتك</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>على الخادم</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على قيمتي</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>الإبقاء على قيمة الخادم</translation>
    </message>
    <message>
        <source>Deleted on the server</source>
        <translation>حُذف على الخادم</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>The record was deleted on the server; your value is shown so you can copy it.</source>
        <translation>حُذف السجل على الخادم؛ قيمتك معروضة لتتمكن من نسخها.</translation>
    </message>
    <message>
        <source>Someone else&apos;s change of this field reached the server first.</source>
        <translation>وصل تغيير شخص آخر لهذا الحقل إلى الخادم أولًا.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>إرسال مجددًا</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>رفضه الخادم: %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>الاتصال بالخادم</translation>
    </message>
    <message>
        <source>Set by your company&apos;s installation</source>
        <translation>حدّده إعداد شركتك</translation>
    </message>
    <message>
        <source>Allow an unencrypted (http) connection</source>
        <translation>السماح باتصال غير مشفّر (http)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>الرمز من تطبيق المصادقة</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
    <message>
        <source>Two-step sign-in is on. Enter a new code to connect.</source>
        <translation>تم تفعيل تسجيل الدخول بخطوتين. أدخل رمزًا جديدًا للاتصال.</translation>
    </message>
    <message>
        <source>Add this key to your authenticator app, then enter the code it shows:</source>
        <translation>أضف هذا المفتاح إلى تطبيق المصادقة، ثم أدخل الرمز الذي يعرضه:</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>تعديل جهة الاتصال</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Search name, account, phone or e-mail (Ctrl+F)</source>
        <translation>ابحث بالاسم أو الحساب أو الهاتف أو البريد (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Contracts</source>
        <translation>العقود</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Search number, title or account (Ctrl+F)</source>
        <translation>ابحث بالرقم أو العنوان أو الحساب (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Type to find a country</source>
        <translation>اكتب للبحث عن بلد</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>قوائم الأسعار</translation>
    </message>
    <message>
        <source>Visits and reports</source>
        <translation>الزيارات والتقارير</translation>
    </message>
    <message>
        <source>Quotes (one row per line)</source>
        <translation>عروض الأسعار (صف لكل بند)</translation>
    </message>
    <message>
        <source>Orders (one row per line)</source>
        <translation>الطلبات (صف لكل بند)</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>العقود</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>تصدير إلى CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>The file is not encrypted: it holds customer data in plain text. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>الملف غير مشفر: يحتوي على بيانات العملاء كنص عادي. احفظه في مكان آمن واحذفه عندما لا تحتاج إليه.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>جارٍ تصدير %1…</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Pipeline by stage and rep (%1)</source>
        <translation>مسار المبيعات حسب المرحلة والمندوب (%1)</translation>
    </message>
    <message>
        <source>Visits per week</source>
        <translation>الزيارات في الأسبوع</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخططة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>فائتة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(بلا مسؤول)</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 from %4</source>
        <translation>1 %1 = %2 %3 اعتبارًا من %4</translation>
    </message>
    <message>
        <source>Rates used: %1</source>
        <translation>أسعار الصرف المستخدمة: %1</translation>
    </message>
    <message>
        <source>No exchange rate in force, left out of the totals: %1</source>
        <translation>لا يوجد سعر صرف ساري المفعول، فاستُبعد من الإجماليات: %1</translation>
    </message>
    <message>
        <source>Pipeline by stage and rep</source>
        <translation>مسار المبيعات حسب المرحلة والمندوب</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>المندوب</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>الفرص</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>المرجّح</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>كل المراحل</translation>
    </message>
    <message>
        <source>Forecast by month of expected close</source>
        <translation>التوقعات حسب شهر الإغلاق المتوقع</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>التوقع المرجّح</translation>
    </message>
    <message>
        <source>Open stages only: each amount times its stage&apos;s probability.</source>
        <translation>المراحل المفتوحة فقط: كل مبلغ مضروبًا في احتمال مرحلته.</translation>
    </message>
    <message>
        <source>Visits per rep and week</source>
        <translation>الزيارات حسب المندوب والأسبوع</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Accounts not visited in %1 days</source>
        <translation>حسابات لم تُزر خلال الأيام الـ%1 الأخيرة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخر زيارة</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>الأيام منذئذ</translation>
    </message>
    <message>
        <source>Accounts: %1; the %2 longest without a visit are listed.</source>
        <translation>عدد الحسابات: %1؛ تُعرض منها %2 الأطول مدةً بلا زيارة.</translation>
    </message>
    <message>
        <source>Accounts: %1.</source>
        <translation>عدد الحسابات: %1.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>لم تتم قط</translation>
    </message>
    <message>
        <source>Quotes sent and turned into orders</source>
        <translation>عروض الأسعار المرسلة وما تحوّل منها إلى طلبات</translation>
    </message>
    <message>
        <source>Quotes sent</source>
        <translation>العروض المرسلة</translation>
    </message>
    <message>
        <source>Became orders</source>
        <translation>تحوّلت إلى طلبات</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>نسبة التحويل</translation>
    </message>
    <message>
        <source>Quotes issued since %1.</source>
        <translation>العروض الصادرة منذ %1.</translation>
    </message>
    <message>
        <source>Contracts renewing in the next 90 days</source>
        <translation>العقود التي تُجدَّد خلال الأيام التسعين القادمة</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>العقد</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Value in %1</source>
        <translation>القيمة بعملة %1</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>لا سعر صرف</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>التوقعات</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>بلا زيارة</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>عروض الأسعار</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>التجديدات</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المؤشرات</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>المندوب</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Not visited in</source>
        <translation>بلا زيارة منذ</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>الفريق كله</translation>
    </message>
    <message>
        <source>%1 · as of %2 · amounts in %3</source>
        <translation>%1 · حتى %2 · المبالغ بعملة %3</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Fieldsales dashboard</source>
        <translation>لوحة مؤشرات Fieldsales</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>This laptop&apos;s workspace was erased.</source>
        <translation>مُحيت مساحة العمل على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Set up a new workspace; your data comes back from the server at the first sync.</source>
        <translation>أنشئ مساحة عمل جديدة؛ تعود بياناتك من الخادم في أول مزامنة.</translation>
    </message>
    <message>
        <source>Creating your encrypted workspace…</source>
        <translation>جارٍ إنشاء مساحة العمل المشفرة…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard language.</source>
        <translation>عبارة المرور غير صحيحة. تحقق من مفتاح الأحرف الكبيرة ولغة لوحة المفاتيح.</translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation>تعذر فتح مساحة العمل: %1</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>← All quotes</source>
        <translation>→ كل عروض الأسعار</translation>
    </message>
    <message>
        <source>← All orders</source>
        <translation>→ كل الطلبات</translation>
    </message>
    <message>
        <source>Notes for the customer</source>
        <translation>ملاحظات للعميل</translation>
    </message>
    <message>
        <source>Terms (the company&apos;s standard terms if empty)</source>
        <translation>الشروط (الشروط المعتادة للشركة إن تُركت فارغة)</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>التسليم المطلوب</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>الخصم %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>الضريبة %</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>إجمالي البند</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>إضافة منتج…</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>حذف البند</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>المجموع الفرعي</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>مرجع العميل</translation>
    </message>
    <message>
        <source>The customer&apos;s enquiry or purchase order number</source>
        <translation>رقم طلب الاستفسار أو أمر الشراء لدى العميل</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>شروط التسليم</translation>
    </message>
    <message>
        <source>Incoterms, e.g. EXW Dubai</source>
        <translation>إنكوترمز، مثل EXW دبي</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>شروط الدفع</translation>
    </message>
    <message>
        <source>The account&apos;s payment terms if empty</source>
        <translation>شروط الدفع الخاصة بالحساب إذا تُرك فارغًا</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>عنوان التسليم</translation>
    </message>
    <message>
        <source>The account&apos;s shipping address if empty</source>
        <translation>عنوان الشحن الخاص بالحساب إذا تُرك فارغًا</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>تحديد كمُرسل</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Convert to order</source>
        <translation>تحويل إلى طلب</translation>
    </message>
    <message>
        <source>Produce PDF…</source>
        <translation>إنشاء ملف PDF…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>حذف المسودة…</translation>
    </message>
    <message>
        <source>Submit order</source>
        <translation>إرسال الطلب</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>إلغاء الطلب…</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>إلغاء الطلب</translation>
    </message>
    <message>
        <source>Cancel order %1? A cancelled order cannot be reopened.</source>
        <translation>هل تريد إلغاء الطلب %1؟ لا يمكن إعادة فتح طلب مُلغى.</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>إلغاء الطلب</translation>
    </message>
    <message>
        <source>Keep the order</source>
        <translation>الإبقاء على الطلب</translation>
    </message>
    <message>
        <source>%1 (rev. %2)</source>
        <translation>%1 (مراجعة %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا أحد)</translation>
    </message>
    <message>
        <source>Tax %1 on %2: %3</source>
        <translation>ضريبة %1 على %2: %3</translation>
    </message>
    <message>
        <source>Tax: %1</source>
        <translation>الضريبة: %1</translation>
    </message>
    <message>
        <source>Above the available credit of %1: the order will be refused unless a manager overrides.</source>
        <translation>يتجاوز الائتمان المتاح البالغ %1: سيُرفض الطلب ما لم يوافق مدير على التجاوز.</translation>
    </message>
    <message>
        <source>Available credit: %1</source>
        <translation>الائتمان المتاح: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>البند %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Search number or account (Ctrl+F)</source>
        <translation>ابحث بالرقم أو الحساب (Ctrl+F)</translation>
    </message>
    <message>
        <source>New quote…</source>
        <translation>عرض سعر جديد…</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>طلب جديد…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>عروض الأسعار</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <source>Delete draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <source>Delete draft quote %1?</source>
        <translation>هل تريد حذف مسودة عرض السعر %1؟</translation>
    </message>
    <message>
        <source>Delete draft order %1?</source>
        <translation>هل تريد حذف مسودة الطلب %1؟</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <source>Draft %1 deleted.</source>
        <translation>حُذفت المسودة %1.</translation>
    </message>
</context>
<context>
    <name>EntityLabel</name>
    <message>
        <source>Territory</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>مرحلة المبيعات</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>الفرصة</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>تقرير الزيارة</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>قائمة الأسعار</translation>
    </message>
    <message>
        <source>Price list of an account</source>
        <translation>قائمة أسعار حساب</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>عرض السعر</translation>
    </message>
    <message>
        <source>Quote line</source>
        <translation>بند عرض السعر</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>بند الطلب</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>العقد</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <source>Visit frequency</source>
        <translation>تواتر الزيارات</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>رقم الحساب</translation>
    </message>
    <message>
        <source>Days between visits</source>
        <translation>الأيام بين الزيارات</translation>
    </message>
    <message>
        <source>From currency</source>
        <translation>من العملة</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>المعدّل</translation>
    </message>
    <message>
        <source>To currency</source>
        <translation>إلى العملة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مُسندة إلى</translation>
    </message>
    <message>
        <source>Renews automatically</source>
        <translation>يتجدد تلقائيًا</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة الإدارية</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>وقت تسجيل الوصول</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>وقت تسجيل المغادرة</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Contacts met</source>
        <translation>جهات الاتصال التي تمت مقابلتها</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>محتوى الملف</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>حد الائتمان</translation>
    </message>
    <message>
        <source>Credit limit overridden by</source>
        <translation>تجاوز حد الائتمان بواسطة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>مرجع العميل</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>عنوان التسليم</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>شروط التسليم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>الخصم %</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>الإغلاق المتوقع</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>مهمة المتابعة</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <source>Lost stage</source>
        <translation>مرحلة الخسارة</translation>
    </message>
    <message>
        <source>Won stage</source>
        <translation>مرحلة الفوز</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>تقييم العميل المحتمل</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>الاسم القانوني</translation>
    </message>
    <message>
        <source>Reason lost</source>
        <translation>سبب الخسارة</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>الموافقة التسويقية</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation>ابتداءً من الكمية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Notice period (days)</source>
        <translation>مهلة الإشعار (أيام)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>الرصيد المستحق</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>الفرصة</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>مرفق بـ</translation>
    </message>
    <message>
        <source>Attached to record</source>
        <translation>مرفق بالسجل</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>شروط الدفع</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>النهاية المخططة</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>البداية المخططة</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>اللغة المفضلة</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>قائمة الأسعار</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>عرض السعر</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>رقم المراجعة</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>التسليم المطلوب</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>تعليق المراجعة</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>راجعه</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Shipping city</source>
        <translation>مدينة الشحن</translation>
    </message>
    <message>
        <source>Shipping country</source>
        <translation>بلد الشحن</translation>
    </message>
    <message>
        <source>Shipping postal code</source>
        <translation>الرمز البريدي للشحن</translation>
    </message>
    <message>
        <source>Shipping region</source>
        <translation>منطقة الشحن</translation>
    </message>
    <message>
        <source>Shipping street</source>
        <translation>شارع الشحن</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>رمز الصنف</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مُرسل</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>نسبة الضريبة</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>صالح من</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالح حتى تاريخ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
</context>
<context>
    <name>LongJobs</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>جارٍ إنشاء بيانات تجريبية…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>عروض الأسعار</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>العقود</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المؤشرات</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Fieldsales</source>
        <translation>Fieldsales</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>تم تصدير %1 صفًا إلى %2.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>تصدير إلى CSV…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>زيارة جديدة</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>عرض سعر جديد</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search everything…</source>
        <translation>البحث في كل شيء…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>About Fieldsales…</source>
        <translation>حول Fieldsales…</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>Edit opportunity</source>
        <translation>تعديل الفرصة</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>فرصة جديدة</translation>
    </message>
    <message>
        <source>Why the customer said no</source>
        <translation>لماذا رفض العميل</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>سبب الخسارة</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>الإغلاق المتوقع</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Protect your workspace</source>
        <translation>احمِ مساحة عملك</translation>
    </message>
    <message>
        <source>Everything is stored encrypted on this computer. Choose a passphrase: without it nobody, not even support, can open your data.</source>
        <translation>تُخزَّن كل البيانات مشفرة على هذا الحاسوب. اختر عبارة مرور: بدونها لا يمكن لأحد، ولا حتى الدعم الفني، فتح بياناتك.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>أعد كتابة عبارة المرور</translation>
    </message>
    <message>
        <source>Too short: at least 8 characters</source>
        <translation>قصيرة جدًا: 8 أحرف على الأقل</translation>
    </message>
    <message>
        <source>Strength: weak. A longer phrase is safer.</source>
        <translation>القوة: ضعيفة. العبارة الأطول أكثر أمانًا.</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>القوة: مقبولة</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>القوة: قوية</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Produce PDF</source>
        <translation>إنشاء ملف PDF</translation>
    </message>
    <message>
        <source>PDF documents are not available in this version yet.</source>
        <translation>مستندات PDF غير متاحة في هذا الإصدار بعد.</translation>
    </message>
    <message>
        <source>visit-report</source>
        <translation>تقرير-زيارة</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>حفظ ملف PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Producing %1…</source>
        <translation>جارٍ إنشاء %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The PDF could not be produced: %1</source>
        <translation>تعذر إنشاء ملف PDF: %1</translation>
    </message>
</context>
<context>
    <name>PdfSaved</name>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <source>No program to open PDF files was found on this computer. Open the folder to send or print the file.</source>
        <translation>لم يُعثر على برنامج لفتح ملفات PDF على هذا الحاسوب. افتح المجلد لإرسال الملف أو طباعته.</translation>
    </message>
</context>
<context>
    <name>PdfSavedDialog</name>
    <message>
        <source>PDF saved</source>
        <translation>حُفظ ملف PDF</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Weighted forecast: %1 (open pipeline %2)</source>
        <translation>التوقع المرجّح: %1 (المسار المفتوح %2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>New opportunity…</source>
        <translation>فرصة جديدة…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>الفرص</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>المرجّح</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>الفرصة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>فتح الحساب</translation>
    </message>
    <message>
        <source>Reason, when moving to a lost stage</source>
        <translation>السبب، عند النقل إلى مرحلة خاسرة</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>نقل إلى المرحلة</translation>
    </message>
    <message>
        <source>Choose an opportunity first.</source>
        <translation>اختر فرصة أولًا.</translation>
    </message>
    <message>
        <source>Opportunities by stage</source>
        <translation>الفرص حسب المرحلة</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Add a product</source>
        <translation>إضافة منتج</translation>
    </message>
    <message>
        <source>Type a name or SKU</source>
        <translation>اكتب اسمًا أو رمز منتج</translation>
    </message>
    <message>
        <source>No product matches.</source>
        <translation>لا يوجد منتج مطابق.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Choose a product from the list.</source>
        <translation>اختر منتجًا من القائمة.</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Prices for: %1</source>
        <translation>الأسعار لـ: %1</translation>
    </message>
    <message>
        <source>Prices for: no account chosen</source>
        <translation>الأسعار لـ: لم يُختر حساب</translation>
    </message>
    <message>
        <source>Search name or SKU (Ctrl+F)</source>
        <translation>ابحث بالاسم أو رمز المنتج (Ctrl+F)</translation>
    </message>
    <message>
        <source>Choose account…</source>
        <translation>اختر حسابًا…</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>رمز المنتج</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>الضريبة %</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>لا يوجد سعر</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>لا يوجد منتج يطابق «%1».</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Choose a report to read it.</source>
        <translation>اختر تقريرًا لقراءته.</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>فتح الحساب</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <source>A word to the rep; required when you send the report back.</source>
        <translation>كلمة إلى المندوب؛ مطلوبة عند إعادة التقرير.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Alt+A</source>
        <translation>Alt+A</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>إعادة للتعديل</translation>
    </message>
    <message>
        <source>Alt+B</source>
        <translation>Alt+B</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>مهمة المتابعة</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>الصور والمستندات</translation>
    </message>
    <message>
        <source>Comment for the rep</source>
        <translation>تعليق للمندوب</translation>
    </message>
    <message>
        <source>Rep: %1</source>
        <translation>المندوب: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>لم يُسجَّل أحد</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>تسجيل الوصول</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>تسجيل المغادرة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>No follow-up task.</source>
        <translation>لا توجد مهمة متابعة.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مُسندة إلى</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>من %1 في %2</translation>
    </message>
    <message>
        <source>Earlier comment: %1</source>
        <translation>التعليق السابق: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>التعليق: %1</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>not downloaded yet</source>
        <translation>لم يُنزَّل بعد</translation>
    </message>
    <message>
        <source>No photos or documents.</source>
        <translation>لا صور ولا مستندات.</translation>
    </message>
    <message>
        <source>%1: save a copy to open it.</source>
        <translation>%1: احفظ نسخة لفتحه.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <source>This photo cannot be shown; save a copy instead.</source>
        <translation>تعذّر عرض هذه الصورة؛ احفظ نسخة منها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
</context>
<context>
    <name>ReviewFilterBar</name>
    <message>
        <source>Rep</source>
        <translation>المندوب</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>كل النتائج</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>مطلوب تعديلات</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>كل التقارير</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>كل المندوبين</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>كل الحسابات</translation>
    </message>
</context>
<context>
    <name>ReviewInbox</name>
    <message>
        <source>Submitted</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>المندوب</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Showing the newest %1 reports; narrow the filters to see older ones.</source>
        <translation>يُعرض أحدث %1 تقرير؛ ضيّق عوامل التصفية لرؤية التقارير الأقدم.</translation>
    </message>
    <message>
        <source>Keys: Alt+Down next report · Alt+Up previous · Alt+A approve · Alt+C comment · Alt+B send back</source>
        <translation>المفاتيح: Alt+Down التقرير التالي · Alt+Up السابق · Alt+A موافقة · Alt+C تعليق · Alt+B إعادة للتعديل</translation>
    </message>
    <message>
        <source>Nothing awaits your review.</source>
        <translation>لا شيء بانتظار مراجعتك.</translation>
    </message>
    <message>
        <source>Awaiting review: %1 (%2)</source>
        <translation>بانتظار المراجعة: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>البحث في كل شيء</translation>
    </message>
    <message>
        <source>Accounts, contacts, opportunities, quotes, orders, visits, products…</source>
        <translation>الحسابات وجهات الاتصال والفرص وعروض الأسعار والطلبات والزيارات والمنتجات…</translation>
    </message>
    <message>
        <source>↓ to walk the results, Enter to open, Esc to close</source>
        <translation>↓ للتنقل بين النتائج، Enter للفتح، Esc للإغلاق</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>الفرص</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>عروض الأسعار</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>العقود</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>لم يُعثر على شيء لـ «%1».</translation>
    </message>
    <message>
        <source>↳ contact: %1</source>
        <translation>↳ جهة الاتصال: %1</translation>
    </message>
    <message>
        <source>Found by the name of a contact at this account</source>
        <translation>عُثر عليه باسم جهة اتصال لدى هذا الحساب</translation>
    </message>
</context>
<context>
    <name>SearchList</name>
    <message>
        <source>Showing up to %1</source>
        <translation>يُعرض حتى %1</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Sync with your company</source>
        <translation>المزامنة مع شركتك</translation>
    </message>
    <message>
        <source>You can work offline now and connect to a server later in Settings.</source>
        <translation>يمكنك العمل دون اتصال الآن والاتصال بالخادم لاحقًا من الإعدادات.</translation>
    </message>
    <message>
        <source>Work offline for now</source>
        <translation>العمل دون اتصال حاليًا</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>الاتصال بخادم</translation>
    </message>
    <message>
        <source>Only if your account uses one</source>
        <translation>فقط إذا كان حسابك يستخدمه</translation>
    </message>
    <message>
        <source>Allow an unencrypted (http) connection</source>
        <translation>السماح باتصال غير مشفر (http)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>رمز لمرة واحدة</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <source>Jalali (Solar Hijri)</source>
        <translation>جلالي (هجري شمسي)</translation>
    </message>
    <message>
        <source>Islamic civil (Hijri)</source>
        <translation>هجري (مدني)</translation>
    </message>
    <message>
        <source>Umm al-Qura (Hijri)</source>
        <translation>أم القرى (هجري)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>د</translation>
    </message>
    <message>
        <source>Language and region</source>
        <translation>اللغة والمنطقة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>القفل بعد عدم النشاط</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>Allow an unencrypted (http) connection</source>
        <translation>السماح باتصال غير مشفر (http)</translation>
    </message>
    <message>
        <source>Sync server</source>
        <translation>خادم المزامنة</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Your password is asked for when you connect; it is never stored on disk.</source>
        <translation>تُطلب كلمة المرور عند الاتصال؛ ولا تُحفظ على القرص أبدًا.</translation>
    </message>
    <message>
        <source>Connect to server…</source>
        <translation>الاتصال بالخادم…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Greyed settings are set by your company&apos;s installation and cannot be changed here.</source>
        <translation>الإعدادات الرمادية محددة من قِبل تثبيت شركتك ولا يمكن تغييرها هنا.</translation>
    </message>
    <message>
        <source>Set by your company&apos;s installation</source>
        <translation>محدد من قِبل تثبيت شركتك</translation>
    </message>
    <message>
        <source>Not connected: this workspace works on its own.</source>
        <translation>غير متصل: تعمل مساحة العمل هذه بمفردها.</translation>
    </message>
    <message>
        <source>Signed out of %1; sign in to sync.</source>
        <translation>تم تسجيل الخروج من %1؛ سجّل الدخول للمزامنة.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>متصل بـ %1 باسم %2.</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>تسجيل الدخول مجددًا…</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>تم تغيير عبارة المرور.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Fieldsales</source>
        <translation>إعداد Fieldsales</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Lead</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>مؤهَّل</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>تفاوض</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>مكسوبة</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>خاسرة</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>تم تسجيل الوصول</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>فائتة</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>مطلوب تعديلات</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مُرسل</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مُرسل للمعالجة</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>منفذ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>منهى</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Send and receive changes (Ctrl+Shift+S)</source>
        <translation>إرسال التغييرات واستلامها (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Offline: not connected to a server</source>
        <translation>دون اتصال: غير متصل بخادم</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>دون اتصال</translation>
    </message>
    <message>
        <source>Changes waiting: %1</source>
        <translation>تغييرات بالانتظار: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>لم تتم المزامنة قط</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>التعارضات: %1</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Visit reports</source>
        <translation>تقارير الزيارات</translation>
    </message>
    <message>
        <source>The Team section is for managers: sign in with a manager&apos;s account.</source>
        <translation>قسم الفريق مخصص للمديرين: سجّل الدخول بحساب مدير.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Notice by</source>
        <translation>الإشعار قبل</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>العقد</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>عرض السعر</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>تحديد كمنجزة</translation>
    </message>
    <message>
        <source>Visits today</source>
        <translation>زيارات اليوم</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>متابعات متأخرة</translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation>تجديدات مستحقة</translation>
    </message>
    <message>
        <source>Quotes about to expire</source>
        <translation>عروض أسعار قاربت على الانتهاء</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Fieldsales: unlock</source>
        <translation>Fieldsales: فتح القفل</translation>
    </message>
    <message>
        <source>Unlock your workspace</source>
        <translation>افتح مساحة عملك</translation>
    </message>
    <message>
        <source>Fieldsales locked itself after a period without use.</source>
        <translation>قفل Fieldsales نفسه بعد فترة من عدم الاستخدام.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your data.</source>
        <translation>أدخل عبارة المرور لفتح بياناتك.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>أدخل عبارة المرور.</translation>
    </message>
</context>
<context>
    <name>VisitNextPanel</name>
    <message>
        <source>Whom to visit next</source>
        <translation>من تزور تاليًا</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>خطّط زيارة</translation>
    </message>
    <message>
        <source>Book the selected account for the next working day</source>
        <translation>احجز زيارة للحساب المحدد في يوم العمل التالي</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>المندوب</translation>
    </message>
    <message>
        <source>The first %1 of %2 accounts.</source>
        <translation>أول %1 من أصل %2 حسابًا.</translation>
    </message>
    <message>
        <source>%1 (%2 points)</source>
        <translation>%1 (النقاط: %2)</translation>
    </message>
</context>
<context>
    <name>VisitPlanner</name>
    <message>
        <source>Move visit</source>
        <translation>نقل الزيارة</translation>
    </message>
    <message>
        <source>Plan a visit</source>
        <translation>تخطيط زيارة</translation>
    </message>
    <message>
        <source>No account chosen</source>
        <translation>لم يُختر حساب</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>min</source>
        <translation>د</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Choose the account to visit.</source>
        <translation>اختر الحساب المراد زيارته.</translation>
    </message>
    <message>
        <source>A visit lasts at least %1 minutes.</source>
        <translation>تستغرق الزيارة %1 دقائق على الأقل.</translation>
    </message>
    <message>
        <source>This start is in the past. Save again to plan it anyway.</source>
        <translation>وقت البدء هذا في الماضي. احفظ مرة أخرى لتخطيط الزيارة على أي حال.</translation>
    </message>
</context>
<context>
    <name>VisitReportForm</name>
    <message>
        <source>Order placed</source>
        <translation>تم تقديم طلب</translation>
    </message>
    <message>
        <source>Quote requested</source>
        <translation>طُلب عرض سعر</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>مهتم</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>يلزم متابعة</translation>
    </message>
    <message>
        <source>No interest</source>
        <translation>غير مهتم</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>تقرير الزيارة</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>اختر النتيجة…</translation>
    </message>
    <message>
        <source>Create a follow-up task</source>
        <translation>إنشاء مهمة متابعة</translation>
    </message>
    <message>
        <source>Double-click a photo to see it larger</source>
        <translation>انقر نقرًا مزدوجًا على صورة لعرضها أكبر</translation>
    </message>
    <message>
        <source>Attach photo or document…</source>
        <translation>إرفاق صورة أو مستند…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>حفظ المسودة</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>إرسال للمراجعة</translation>
    </message>
    <message>
        <source>Produce PDF…</source>
        <translation>إنشاء ملف PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Choose the outcome of the visit.</source>
        <translation>اختر نتيجة الزيارة.</translation>
    </message>
    <message>
        <source>Write a short summary of the visit.</source>
        <translation>اكتب ملخصًا قصيرًا للزيارة.</translation>
    </message>
    <message>
        <source>Give the follow-up task a title.</source>
        <translation>أعطِ مهمة المتابعة عنوانًا.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Changes requested by %1: %2</source>
        <translation>طلب %1 تعديلات: %2</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>إعادة الإرسال</translation>
    </message>
    <message>
        <source>Approved by %1 on %2; the report can no longer be changed.</source>
        <translation>وافق عليه %1 في %2؛ لم يعد من الممكن تغيير التقرير.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>التعليق: %1</translation>
    </message>
    <message>
        <source>Submitted on %1; awaiting your manager&apos;s review.</source>
        <translation>أُرسل في %1؛ بانتظار مراجعة مديرك.</translation>
    </message>
    <message>
        <source>Choose an attachment first.</source>
        <translation>اختر مرفقًا أولًا.</translation>
    </message>
    <message>
        <source>Attach photos or documents</source>
        <translation>إرفاق صور أو مستندات</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.docx *.xlsx *.txt);;All files (*)</source>
        <translation>الصور والمستندات (*.jpg *.jpeg *.png *.heic *.pdf *.docx *.xlsx *.txt);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Previous week</source>
        <translation>الأسبوع السابق</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>الأسبوع التالي</translation>
    </message>
    <message>
        <source>Plan visit…</source>
        <translation>تخطيط زيارة…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>تسجيل الوصول</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>تسجيل المغادرة</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>التقرير…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>نقل…</translation>
    </message>
    <message>
        <source>Cancel visit…</source>
        <translation>إلغاء الزيارة…</translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation>تسجيل الوصول %1</translation>
    </message>
    <message>
        <source>Checked out at %1</source>
        <translation>تسجيل المغادرة %1</translation>
    </message>
    <message>
        <source>More than %1 minutes away from the plan (%2 to %3).</source>
        <translation>يبعد أكثر من %1 دقيقة عن الموعد المخطط (%2 إلى %3).</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>إلغاء الزيارة</translation>
    </message>
    <message>
        <source>Cancel the visit to %1?</source>
        <translation>هل تريد إلغاء الزيارة إلى %1؟</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>إلغاء الزيارة</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليها</translation>
    </message>
    <message>
        <source>Visit to %1 cancelled.</source>
        <translation>أُلغيت الزيارة إلى %1.</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>فتح الحساب</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Choose a visit to check in, check out or write its report.</source>
        <translation>اختر زيارة لتسجيل الوصول أو المغادرة أو كتابة تقريرها.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>التقرير: %1</translation>
    </message>
    <message>
        <source>Report: draft</source>
        <translation>التقرير: مسودة</translation>
    </message>
</context>
<context>
    <name>WorkspaceSyncProvider</name>
    <message>
        <source>The server was restored from a backup; this laptop sent back what it had lost.</source>
        <translation>استُعيد الخادم من نسخة احتياطية؛ وقد أعاد هذا الحاسوب إرسال ما فقده الخادم.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>فشلت المزامنة: %1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A report can only be written for a completed visit; this one is {status}.</source>
        <translation>لا يمكن كتابة تقرير إلا لزيارة مكتملة؛ هذه الزيارة {status}.</translation>
    </message>
    <message>
        <source>A stage cannot be both won and lost.</source>
        <translation>لا يمكن أن تكون المرحلة رابحة وخاسرة معًا.</translation>
    </message>
    <message>
        <source>A submitted visit report keeps its attachments; only a draft changes.</source>
        <translation>يحتفظ تقرير الزيارة المُرسَل بمرفقاته؛ لا تتغير إلا المسودة.</translation>
    </message>
    <message>
        <source>A workspace already exists in {path}</source>
        <translation>توجد مساحة عمل بالفعل في {path}</translation>
    </message>
    <message>
        <source>Account number {number} is already in use.</source>
        <translation>رقم الحساب {number} مستخدم بالفعل.</translation>
    </message>
    <message>
        <source>Accounts are not deleted; set the account to inactive instead.</source>
        <translation>لا تُحذف الحسابات؛ اجعل الحساب غير نشط بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Add at least one line before sending the quote.</source>
        <translation>أضف بندًا واحدًا على الأقل قبل إرسال عرض السعر.</translation>
    </message>
    <message>
        <source>Add at least one line before submitting the order.</source>
        <translation>أضف بندًا واحدًا على الأقل قبل إرسال الطلب.</translation>
    </message>
    <message>
        <source>An approved visit report can no longer be changed.</source>
        <translation>لا يمكن تغيير تقرير زيارة معتمد.</translation>
    </message>
    <message>
        <source>Cannot combine amounts in {first} and {second}.</source>
        <translation>لا يمكن جمع مبالغ بعملتي {first} و{second}.</translation>
    </message>
    <message>
        <source>Cannot export “{kind}”; choose one of {kinds}.</source>
        <translation>لا يمكن تصدير «{kind}»؛ اختر أحد: {kinds}.</translation>
    </message>
    <message>
        <source>Cannot import “{kind}”; choose one of {kinds}.</source>
        <translation>لا يمكن استيراد «{kind}»؛ اختر أحد: {kinds}.</translation>
    </message>
    <message>
        <source>Cannot reach the server {server}; your changes are kept and will be sent at the next sync.</source>
        <translation>تعذّر الوصول إلى الخادم {server}؛ تغييراتك محفوظة وستُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>تعذرت قراءة {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>تعذرت الكتابة إلى {path}: {reason}</translation>
    </message>
    <message>
        <source>Choose a pipeline stage.</source>
        <translation>اختر مرحلة في مسار المبيعات.</translation>
    </message>
    <message>
        <source>Choose a product or describe the line.</source>
        <translation>اختر منتجًا أو صِف البند.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>العقد</translation>
    </message>
    <message>
        <source>Device prefix “{prefix}” must be 2 to 8 capital letters or digits.</source>
        <translation>يجب أن تكون بادئة الجهاز «{prefix}» من 2 إلى 8 أحرف كبيرة أو أرقام.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 1500.00</source>
        <translation>أدخل رقمًا، مثل 1500.00</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>أدخل الرمز من تطبيق المصادقة.</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>أدخل عنوان الخادم.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <source>Folder {path} does not exist</source>
        <translation>المجلد {path} غير موجود</translation>
    </message>
    <message>
        <source>Give the follow-up task a title.</source>
        <translation>أعطِ مهمة المتابعة عنوانًا.</translation>
    </message>
    <message>
        <source>Lead score must be a whole number from 0 to 100.</source>
        <translation>يجب أن تكون درجة العميل المحتمل عددًا صحيحًا من 0 إلى 100.</translation>
    </message>
    <message>
        <source>Name the numbers to settle, or use --all.</source>
        <translation>حدّد الأرقام المراد تسويتها، أو استخدم ‎--all‎.</translation>
    </message>
    <message>
        <source>No account numbered {number}.</source>
        <translation>لا يوجد حساب برقم {number}.</translation>
    </message>
    <message>
        <source>No account with number {number}.</source>
        <translation>لا يوجد حساب بالرقم {number}.</translation>
    </message>
    <message>
        <source>No contract with number {number}.</source>
        <translation>لا يوجد عقد بالرقم {number}.</translation>
    </message>
    <message>
        <source>No order with number {number}.</source>
        <translation>لا يوجد طلب بالرقم {number}.</translation>
    </message>
    <message>
        <source>No passphrase: set ${variable} or run the command in a terminal</source>
        <translation>لا توجد عبارة مرور: عيّن ${variable} أو شغّل الأمر في طرفية</translation>
    </message>
    <message>
        <source>No password: set ${variable} or run the command in a terminal</source>
        <translation>لا توجد كلمة مرور: اضبط ${variable} أو شغّل الأمر في طرفية</translation>
    </message>
    <message>
        <source>No price for {sku} ({product}) in {currency} for {account} on {day}.</source>
        <translation>لا يوجد سعر لـ {sku} ({product}) بعملة {currency} للحساب {account} في {day}.</translation>
    </message>
    <message>
        <source>No quote with number {number}.</source>
        <translation>لا يوجد عرض سعر بالرقم {number}.</translation>
    </message>
    <message>
        <source>No submitted visit report for visit {id}.</source>
        <translation>لا يوجد تقرير زيارة مُرسَل للزيارة {id}.</translation>
    </message>
    <message>
        <source>No visit with id {id}.</source>
        <translation>لا توجد زيارة بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>No workspace in {path}; create one with &apos;fieldsales init&apos;</source>
        <translation>لا توجد مساحة عمل في {path}؛ أنشئ واحدة باستخدام &apos;fieldsales init&apos;</translation>
    </message>
    <message>
        <source>Not sent: the record it belongs to was refused.</source>
        <translation>لم يُرسل: رُفض السجل الذي يتبع له.</translation>
    </message>
    <message>
        <source>Notice period must be a whole number of days, 0 or more.</source>
        <translation>يجب أن تكون مدة الإشعار عددًا صحيحًا من الأيام، صفرًا أو أكثر.</translation>
    </message>
    <message>
        <source>Only a cancelled visit can be planned again; this one is {status}.</source>
        <translation>لا يُعاد تخطيط إلا زيارة ملغاة؛ وهذه الزيارة {status}.</translation>
    </message>
    <message>
        <source>Only a lost opportunity has a lost reason.</source>
        <translation>سبب الخسارة يخص الفرص الخاسرة فقط.</translation>
    </message>
    <message>
        <source>Only a manager may review visit reports.</source>
        <translation>لا يراجع تقارير الزيارات إلا المدير.</translation>
    </message>
    <message>
        <source>Only a planned visit can be rescheduled; this one is {status}.</source>
        <translation>لا يمكن تغيير موعد إلا زيارة مخططة؛ هذه الزيارة {status}.</translation>
    </message>
    <message>
        <source>Only a team&apos;s manager reviews visit reports; connect this workspace to the server with a manager&apos;s account first.</source>
        <translation>مدير الفريق وحده يراجع تقارير الزيارات؛ صِل مساحة العمل هذه بالخادم بحساب مدير أولًا.</translation>
    </message>
    <message>
        <source>Only a team&apos;s manager reviews visit reports; this workspace is signed in as {username} ({role}).</source>
        <translation>مدير الفريق وحده يراجع تقارير الزيارات؛ مساحة العمل هذه مسجَّلة باسم {username} ({role}).</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Order {number} ({total}) exceeds the credit available to {account}: {available} (limit {limit} − open balance {balance} − open orders {open_orders}).</source>
        <translation>الطلب {number} ({total}) يتجاوز الائتمان المتاح لـ {account}: {available} (الحد {limit} − الرصيد المستحق {balance} − الطلبات المفتوحة {open_orders}).</translation>
    </message>
    <message>
        <source>A rep sees only their own accounts.</source>
        <translation>يرى المندوب حساباته فقط.</translation>
    </message>
    <message>
        <source>Choose a country from the list (a two-letter code such as AE).</source>
        <translation>اختر بلدًا من القائمة (رمز من حرفين مثل AE).</translation>
    </message>
    <message>
        <source>Name the rep with --rep.</source>
        <translation>حدّد المندوب باستخدام ‎--rep‎.</translation>
    </message>
    <message>
        <source>Order {number} ({original}, {total} at 1 {rate_from} = {rate} {rate_to} from {rate_day}) exceeds the credit available to {account}: {available}.</source>
        <translation>الطلب {number} ({original}، أي {total} بسعر 1 {rate_from} = {rate} {rate_to} اعتبارًا من {rate_day}) يتجاوز الائتمان المتاح لـ {account}: {available}.</translation>
    </message>
    <message>
        <source>Order {number} is in {order_currency} but the credit of {account} is kept in {account_currency}, and no exchange rate between them is in force on {day}; it needs a credit override.</source>
        <translation>الطلب {number} بعملة {order_currency} بينما يُحتسب ائتمان {account} بعملة {account_currency}، ولا يوجد سعر صرف بينهما ساري المفعول في {day}؛ لذا يحتاج إلى تجاوز حد الائتمان.</translation>
    </message>
    <message>
        <source>Order {number} is {status}; only a draft can be deleted.</source>
        <translation>الطلب {number} حالته {status}؛ لا تُحذف إلا المسودة.</translation>
    </message>
    <message>
        <source>Plain http is not encrypted; use https, or allow insecure connections.</source>
        <translation>اتصال http العادي غير مشفر؛ استخدم https أو اسمح بالاتصالات غير الآمنة.</translation>
    </message>
    <message>
        <source>Probability must be a whole percent from 0 to 100.</source>
        <translation>يجب أن يكون الاحتمال نسبة صحيحة من 0 إلى 100.</translation>
    </message>
    <message>
        <source>Products and prices are kept by the server this workspace syncs with; ask your administrator to import them there.</source>
        <translation>المنتجات والأسعار يديرها الخادم الذي تتزامن معه مساحة العمل هذه؛ اطلب من المسؤول استيرادها هناك.</translation>
    </message>
    <message>
        <source>Quantity must be greater than zero.</source>
        <translation>يجب أن تكون الكمية أكبر من صفر.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>عرض السعر</translation>
    </message>
    <message>
        <source>Quote {number} expired on {day} and can no longer be accepted.</source>
        <translation>انتهت صلاحية عرض السعر {number} في {day} ولا يمكن قبوله.</translation>
    </message>
    <message>
        <source>Quote {number} has already become order {order}.</source>
        <translation>تحول عرض السعر {number} بالفعل إلى الطلب {order}.</translation>
    </message>
    <message>
        <source>Quote {number} is {status}; only a draft can be deleted.</source>
        <translation>عرض السعر {number} حالته {status}؛ لا تُحذف إلا المسودة.</translation>
    </message>
    <message>
        <source>Quote {number} is {status}; only a sent quote can be revised.</source>
        <translation>عرض السعر {number} حالته {status}؛ لا يمكن مراجعة إلا عرض سعر مُرسَل.</translation>
    </message>
    <message>
        <source>Quote {number} is {status}; only an accepted quote becomes an order.</source>
        <translation>عرض السعر {number} حالته {status}؛ لا يتحول إلى طلب إلا عرض مقبول.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>SKU {sku} is already in use.</source>
        <translation>رمز المنتج {sku} مستخدم بالفعل.</translation>
    </message>
    <message>
        <source>Say what the rep should change: a report is sent back with a comment.</source>
        <translation>اذكر ما ينبغي للمندوب تغييره: يُعاد التقرير مع تعليق.</translation>
    </message>
    <message>
        <source>Sign in to the server first.</source>
        <translation>سجّل الدخول إلى الخادم أولًا.</translation>
    </message>
    <message>
        <source>Sign in to {server} again to sync.</source>
        <translation>سجّل الدخول إلى {server} مجددًا للمزامنة.</translation>
    </message>
    <message>
        <source>Start date is required.</source>
        <translation>تاريخ البدء مطلوب.</translation>
    </message>
    <message>
        <source>The CA bundle {path} named in the preset is not a PEM file of certificates: {reason}</source>
        <translation>ملف شهادات المرجع {path} المذكور في الإعداد المسبق ليس ملف PEM يحوي شهادات: {reason}</translation>
    </message>
    <message>
        <source>The attachment file {path} is damaged</source>
        <translation>ملف المرفق {path} تالف</translation>
    </message>
    <message>
        <source>The attachment file {path} is missing</source>
        <translation>ملف المرفق {path} مفقود</translation>
    </message>
    <message>
        <source>The authenticator code is wrong.</source>
        <translation>رمز المصادقة غير صحيح.</translation>
    </message>
    <message>
        <source>The end ({end}) is before the start ({start}).</source>
        <translation>النهاية ({end}) قبل البداية ({start}).</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row.</source>
        <translation>الملف فارغ؛ يلزم صف عناوين.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as “CSV UTF-8”.</source>
        <translation>الملف ليس نصًا بترميز UTF-8؛ احفظه بصيغة «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file is not valid CSV at line {line}: {reason}</source>
        <translation>الملف ليس CSV صالحًا في السطر {line}: {reason}</translation>
    </message>
    <message>
        <source>The file size is not valid.</source>
        <translation>حجم الملف غير صالح.</translation>
    </message>
    <message>
        <source>The logo file {path} named in the preset does not exist.</source>
        <translation>ملف الشعار {path} المذكور في ملف الإعداد المسبق غير موجود.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {count} characters</source>
        <translation>يجب أن تتكون عبارة المرور من {count} أحرف على الأقل</translation>
    </message>
    <message>
        <source>The port in the server address is not valid.</source>
        <translation>المنفذ في عنوان الخادم غير صالح.</translation>
    </message>
    <message>
        <source>The preset cannot lock {name}; it can lock {choices}</source>
        <translation>لا يمكن للإعداد المسبق قفل {name}؛ يمكنه قفل {choices}</translation>
    </message>
    <message>
        <source>The preset file {path} cannot be read: {reason}</source>
        <translation>تعذرت قراءة ملف الإعداد المسبق {path}: {reason}</translation>
    </message>
    <message>
        <source>The preset file {path}, line {line}, is not valid JSON: {reason}</source>
        <translation>ملف الإعداد المسبق {path}، السطر {line}، ليس JSON صالحًا: {reason}</translation>
    </message>
    <message>
        <source>The preset file {path}, line {line}, key {key}: {reason}</source>
        <translation>ملف الإعداد المسبق {path}، السطر {line}، المفتاح {key}: {reason}</translation>
    </message>
    <message>
        <source>The preset locks {name} but does not set it.</source>
        <translation>يقفل الإعداد المسبق {name} لكنه لا يحدد قيمته.</translation>
    </message>
    <message>
        <source>The preset must be a JSON object.</source>
        <translation>يجب أن يكون ملف الإعداد المسبق كائن JSON.</translation>
    </message>
    <message>
        <source>The preset&apos;s ca_bundle must be the path of a PEM file.</source>
        <translation>يجب أن تكون قيمة ca_bundle في الإعداد المسبق مسار ملف PEM.</translation>
    </message>
    <message>
        <source>The preset&apos;s company must be a JSON object.</source>
        <translation>يجب أن يكون قسم company في الإعداد المسبق كائن JSON.</translation>
    </message>
    <message>
        <source>The preset&apos;s company representatives must give each login a name, and may give a phone and an email.</source>
        <translation>يجب أن يحدد قسم representatives للشركة في الإعداد المسبق اسمًا لكل اسم دخول، ويمكن أن يحدد هاتفًا وبريدًا إلكترونيًا.</translation>
    </message>
    <message>
        <source>The preset&apos;s company {name} must be a list of lines.</source>
        <translation>يجب أن يكون الحقل {name} للشركة في الإعداد المسبق قائمة أسطر.</translation>
    </message>
    <message>
        <source>The preset&apos;s company {name} must be text, or texts by language (en, ar, fa, ru).</source>
        <translation>يجب أن يكون الحقل {name} للشركة في الإعداد المسبق نصًا، أو نصوصًا حسب اللغة (en وar وfa وru).</translation>
    </message>
    <message>
        <source>The preset&apos;s company {name} must be text.</source>
        <translation>يجب أن يكون الحقل {name} للشركة في الإعداد المسبق نصًا.</translation>
    </message>
    <message>
        <source>The preset&apos;s idle_lock_minutes must be a whole number from {low} to {high}.</source>
        <translation>يجب أن تكون قيمة idle_lock_minutes في الإعداد المسبق عددًا صحيحًا من {low} إلى {high}.</translation>
    </message>
    <message>
        <source>The preset&apos;s locked must be a list of setting names.</source>
        <translation>يجب أن تكون قيمة locked في الإعداد المسبق قائمة بأسماء إعدادات.</translation>
    </message>
    <message>
        <source>The preset&apos;s proxy must be &quot;system&quot; or a URL such as http://proxy.example:3128.</source>
        <translation>يجب أن تكون قيمة proxy في الإعداد المسبق &quot;system&quot; أو عنوانًا مثل http://proxy.example:3128.</translation>
    </message>
    <message>
        <source>The preset&apos;s proxy must give a port, and nothing after it.</source>
        <translation>يجب أن تحدد قيمة proxy في الإعداد المسبق منفذًا، دون أي شيء بعده.</translation>
    </message>
    <message>
        <source>The preset&apos;s proxy must not hold a user name or password.</source>
        <translation>يجب ألا تحتوي قيمة proxy في الإعداد المسبق على اسم مستخدم أو كلمة مرور.</translation>
    </message>
    <message>
        <source>The preset&apos;s server_url must be text.</source>
        <translation>يجب أن تكون قيمة server_url في الإعداد المسبق نصًا.</translation>
    </message>
    <message>
        <source>The preset&apos;s server_url {url} is refused: {reason}</source>
        <translation>تم رفض عنوان server_url ‏{url} في الإعداد المسبق: {reason}</translation>
    </message>
    <message>
        <source>The preset&apos;s {name} must be true or false.</source>
        <translation>يجب أن تكون قيمة {name} في الإعداد المسبق true أو false.</translation>
    </message>
    <message>
        <source>The record is no longer in this workspace; the change cannot be sent again.</source>
        <translation>لم يعد السجل في مساحة العمل هذه؛ لا يمكن إرسال التغيير مرة أخرى.</translation>
    </message>
    <message>
        <source>The record to attach this file to no longer exists.</source>
        <translation>السجل المراد إرفاق هذا الملف به لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The record was deleted on the server; your value cannot be kept. It is shown here so you can copy it.</source>
        <translation>حُذف السجل على الخادم؛ لا يمكن الإبقاء على قيمتك. تظهر هنا لتتمكن من نسخها.</translation>
    </message>
    <message>
        <source>The report for {visit} has not been submitted yet.</source>
        <translation>لم يُرسل تقرير {visit} بعد.</translation>
    </message>
    <message>
        <source>The report for {visit} is {state} and cannot be edited.</source>
        <translation>تقرير {visit} حالته {state} ولا يمكن تعديله.</translation>
    </message>
    <message>
        <source>The report for {visit} was already submitted; it is {state}.</source>
        <translation>أُرسل تقرير {visit} بالفعل؛ حالته {state}.</translation>
    </message>
    <message>
        <source>The server address must look like https://sync.example.com.</source>
        <translation>يجب أن يكون عنوان الخادم بالشكل https://sync.example.com.</translation>
    </message>
    <message>
        <source>The server could not answer (HTTP {status}); your changes are kept and will be sent at the next sync.</source>
        <translation>تعذّر على الخادم الرد (HTTP {status})؛ تغييراتك محفوظة وستُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>The server is busy; try again in {retry_after} s.</source>
        <translation>الخادم مشغول؛ حاول مجددًا بعد {retry_after} ث.</translation>
    </message>
    <message>
        <source>The server needs a newer version of this app; update the app, then sync again. Nothing was changed.</source>
        <translation>يحتاج الخادم إلى إصدار أحدث من هذا التطبيق؛ حدّث التطبيق ثم زامن مجددًا. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>رفض الخادم هذا التغيير.</translation>
    </message>
    <message>
        <source>The server requires two-step sign-in for your account; set up an authenticator app to continue.</source>
        <translation>يتطلب الخادم تسجيل الدخول بخطوتين لحسابك؛ اضبط تطبيق مصادقة للمتابعة.</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot read.</source>
        <translation>أرسل الخادم ردًا لا يستطيع هذا التطبيق قراءته.</translation>
    </message>
    <message>
        <source>The server sent the wrong bytes for {filename}.</source>
        <translation>أرسل الخادم محتوى خاطئًا للملف {filename}.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted ({server}); ask your administrator for the company&apos;s certificate bundle.</source>
        <translation>شهادة الخادم غير موثوقة ({server})؛ اطلب من المسؤول حزمة شهادات الشركة.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>The two passphrases differ</source>
        <translation>عبارتا المرور غير متطابقتين</translation>
    </message>
    <message>
        <source>The workspace already has accounts; demo data needs an empty one.</source>
        <translation>مساحة العمل تحتوي على حسابات بالفعل؛ البيانات التجريبية تحتاج إلى مساحة فارغة.</translation>
    </message>
    <message>
        <source>The workspace database {path} is damaged or does not match its key file</source>
        <translation>قاعدة بيانات مساحة العمل {path} تالفة أو لا تطابق ملف المفتاح</translation>
    </message>
    <message>
        <source>The workspace database {path} is missing</source>
        <translation>قاعدة بيانات مساحة العمل {path} مفقودة</translation>
    </message>
    <message>
        <source>The workspace is locked</source>
        <translation>مساحة العمل مقفلة</translation>
    </message>
    <message>
        <source>The workspace key file {path} is damaged or unreadable</source>
        <translation>ملف مفتاح مساحة العمل {path} تالف أو غير مقروء</translation>
    </message>
    <message>
        <source>The workspace key file {path} is missing</source>
        <translation>ملف مفتاح مساحة العمل {path} مفقود</translation>
    </message>
    <message>
        <source>There is no open conflict with number {id}.</source>
        <translation>لا يوجد تعارض مفتوح بالرقم {id}.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>هذا الحساب لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>This laptop was removed from the company&apos;s devices; its workspace has been erased.</source>
        <translation>أُزيل هذا الحاسوب من أجهزة الشركة؛ مُحيت مساحة العمل الخاصة به.</translation>
    </message>
    <message>
        <source>This record left your territories before your change was sent; the change is kept here so you can copy it.</source>
        <translation>خرج هذا السجل من مناطقك قبل إرسال تغييرك؛ التغيير محفوظ هنا لتتمكن من نسخه.</translation>
    </message>
    <message>
        <source>This report is already approved and can no longer change.</source>
        <translation>تمت الموافقة على هذا التقرير ولم يعد من الممكن تغييره.</translation>
    </message>
    <message>
        <source>This report was sent back to the rep; it can be reviewed again once it is resubmitted.</source>
        <translation>أُعيد هذا التقرير إلى المندوب؛ يمكن مراجعته مجددًا بعد إعادة إرساله.</translation>
    </message>
    <message>
        <source>This visit already has a report.</source>
        <translation>لهذه الزيارة تقرير بالفعل.</translation>
    </message>
    <message>
        <source>This workspace belongs to {username} on {server}; it cannot sync with another account. Create a new workspace for it.</source>
        <translation>مساحة العمل هذه تخص {username} على {server}؛ لا يمكن مزامنتها مع حساب آخر. أنشئ مساحة عمل جديدة له.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a server yet; connect it first (fieldsales sync --server URL --username NAME).</source>
        <translation>مساحة العمل هذه غير متصلة بخادم بعد؛ صِلها أولًا (fieldsales sync --server URL --username NAME).</translation>
    </message>
    <message>
        <source>Unit price is required for a line without a product.</source>
        <translation>سعر الوحدة مطلوب لبند بلا منتج.</translation>
    </message>
    <message>
        <source>Unit price must not be negative.</source>
        <translation>يجب ألا يكون سعر الوحدة سالبًا.</translation>
    </message>
    <message>
        <source>Unknown company setting(s) in the preset: {names}</source>
        <translation>إعدادات شركة غير معروفة في الإعداد المسبق: {names}</translation>
    </message>
    <message>
        <source>Unknown currency code: {code}.</source>
        <translation>رمز عملة غير معروف: {code}.</translation>
    </message>
    <message>
        <source>Unknown setting(s) in the preset: {names}</source>
        <translation>إعدادات غير معروفة في الإعداد المسبق: {names}</translation>
    </message>
    <message>
        <source>Unsupported calendar {value}; choose one of {choices}</source>
        <translation>تقويم غير مدعوم {value}؛ اختر أحد: {choices}</translation>
    </message>
    <message>
        <source>Unsupported language {value}; choose one of {choices}</source>
        <translation>لغة غير مدعومة {value}؛ اختر إحدى: {choices}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>Visit {id} has no report yet.</source>
        <translation>لا يوجد تقرير للزيارة {id} بعد.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this workspace</source>
        <translation>عبارة مرور خاطئة لمساحة العمل هذه</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>You are not the manager of the team this report&apos;s territory belongs to; only that team&apos;s manager reviews it.</source>
        <translation>لست مدير الفريق الذي تتبع له منطقة هذا التقرير؛ ولا يراجعه إلا مدير ذلك الفريق.</translation>
    </message>
    <message>
        <source>Your session on the server has ended; sign in again.</source>
        <translation>انتهت جلستك على الخادم؛ سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>a value in a column without a heading</source>
        <translation>قيمة في عمود بلا عنوان</translation>
    </message>
    <message>
        <source>duplicate of line {line}</source>
        <translation>مكرر للسطر {line}</translation>
    </message>
    <message>
        <source>expected {expected} fields, found {found}</source>
        <translation>المتوقع {expected} حقول، وُجد {found}</translation>
    </message>
    <message>
        <source>no account with number {number}</source>
        <translation>لا يوجد حساب بالرقم {number}</translation>
    </message>
    <message>
        <source>no product with SKU {sku}</source>
        <translation>لا يوجد منتج برمز {sku}</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>عمود مطلوب مفقود</translation>
    </message>
    <message>
        <source>several price lists are named “{name}”; rename one first</source>
        <translation>توجد عدة قوائم أسعار باسم «{name}»؛ أعد تسمية إحداها أولًا</translation>
    </message>
    <message>
        <source>territory “{name}” is not on the server; use one of your territories</source>
        <translation>المنطقة «{name}» غير موجودة على الخادم؛ استخدم إحدى مناطقك</translation>
    </message>
    <message>
        <source>the end ({end}) is before the start ({start})</source>
        <translation>النهاية ({end}) قبل البداية ({start})</translation>
    </message>
    <message>
        <source>the same column as {other}</source>
        <translation>العمود نفسه مثل {other}</translation>
    </message>
    <message>
        <source>unknown column; expected one of: </source>
        <translation>عمود غير معروف؛ المتوقع أحد: </translation>
    </message>
    <message>
        <source>{account} is blocked; orders cannot be submitted for it.</source>
        <translation>{account} محظور؛ لا يمكن إرسال طلبات له.</translation>
    </message>
    <message>
        <source>{entity} is kept by the server: only an administrator changes it. Discard this change, or ask your administrator to add it.</source>
        <translation>{entity} يديرها الخادم: لا يغيّرها إلا المسؤول. تجاهل هذا التغيير، أو اطلب من المسؤول إضافتها.</translation>
    </message>
    <message>
        <source>{filename} has not arrived from the server yet; it comes with the next sync.</source>
        <translation>لم يصل {filename} من الخادم بعد؛ سيصل مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>{filename} is larger than the {limit} MB limit</source>
        <translation>{filename} أكبر من الحد البالغ {limit} ميغابايت</translation>
    </message>
    <message>
        <source>{kind} {label} cannot go from {current} to {target}.</source>
        <translation>لا يمكن نقل {kind} {label} من {current} إلى {target}.</translation>
    </message>
    <message>
        <source>{kind} {number} is {status} and can no longer be changed.</source>
        <translation>{kind} {number} حالته {status} ولم يعد قابلًا للتغيير.</translation>
    </message>
    <message>
        <source>{label} can be at most {maximum}.</source>
        <translation>الحد الأقصى لـ{label} هو {maximum}.</translation>
    </message>
    <message>
        <source>{label} is longer than {limit} characters.</source>
        <translation>{label} أطول من {limit} حرفًا.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} مطلوب.</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>يجب أن يكون {label} رقمًا.</translation>
    </message>
    <message>
        <source>{label} must be between 0 and 100.</source>
        <translation>يجب أن يكون {label} بين 0 و100.</translation>
    </message>
    <message>
        <source>{label} must not be negative.</source>
        <translation>يجب ألا يكون {label} سالبًا.</translation>
    </message>
    <message>
        <source>{label} of price list “{name}” differs from line {line}</source>
        <translation>{label} لقائمة الأسعار «{name}» يختلف عن السطر {line}</translation>
    </message>
    <message>
        <source>{names} does not work at {account}.</source>
        <translation>{names} لا يعمل لدى {account}.</translation>
    </message>
    <message>
        <source>{option} takes a date as YYYY-MM-DD, not {value}.</source>
        <translation>يقبل {option} تاريخًا بالصيغة YYYY-MM-DD، وليس {value}.</translation>
    </message>
    <message>
        <source>{path}: {count} bad row(s), nothing imported (first: {first}); fix them or skip bad rows (--skip-invalid)</source>
        <translation>{path}: {count} صف(وف) غير صالحة، لم يُستورد شيء (الأول: {first})؛ أصلحها أو تخطَّ الصفوف غير الصالحة (--skip-invalid)</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} ليس من: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation>«{value}» ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
</context>
<context>
    <name>ranking</name>
    <message>
        <source>A visit is already planned on {date}</source>
        <translation>زيارة مخططة بالفعل في {date}</translation>
    </message>
    <message>
        <source>Account blocked: orders need an override</source>
        <translation>الحساب محظور: الطلبات تحتاج إلى تجاوز</translation>
    </message>
    <message>
        <source>Contract {number} ends on {date}; notice by {deadline}</source>
        <translation>العقد {number} ينتهي في {date}؛ آخر موعد للإشعار {deadline}</translation>
    </message>
    <message>
        <source>Credit used up: orders need an override</source>
        <translation>استُنفد الائتمان: الطلبات تحتاج إلى تجاوز</translation>
    </message>
    <message>
        <source>Last visit {days} days ago; due every {cadence} days</source>
        <translation>الأيام منذ آخر زيارة: {days}؛ دورية الزيارة بالأيام: {cadence}</translation>
    </message>
    <message>
        <source>Never visited; due every {cadence} days</source>
        <translation>لم تتم زيارته قط؛ دورية الزيارة بالأيام: {cadence}</translation>
    </message>
    <message>
        <source>Open pipeline {amount} weighted by probability</source>
        <translation>فرص مفتوحة بقيمة {amount} مرجّحة بالاحتمال</translation>
    </message>
    <message>
        <source>Overdue follow-up tasks: {count}, oldest due {date}</source>
        <translation>مهام متابعة متأخرة: {count}، أقدمها مستحقة في {date}</translation>
    </message>
    <message>
        <source>Pipeline in {currencies} not counted: no exchange rate in force</source>
        <translation>لم تُحتسب الفرص بعملة {currencies}: لا يوجد سعر صرف ساري المفعول</translation>
    </message>
    <message>
        <source>Quote {number} expires on {date}</source>
        <translation>عرض السعر {number} تنتهي صلاحيته في {date}</translation>
    </message>
</context>
</TS>
