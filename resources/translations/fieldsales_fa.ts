<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fieldsales</source>
        <translation>درباره Fieldsales</translation>
    </message>
    <message>
        <source>About</source>
        <translation>درباره</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>اجزا</translation>
    </message>
    <message>
        <source>Qt licence</source>
        <translation>مجوز Qt</translation>
    </message>
    <message>
        <source>Fieldsales %1</source>
        <translation>Fieldsales %1</translation>
    </message>
    <message>
        <source>Offline-first CRM for field sales teams</source>
        <translation>نرم‌افزار مدیریت ارتباط با مشتری برای تیم‌های فروش میدانی، با کار آفلاین</translation>
    </message>
    <message>
        <source>This program includes third-party components; their names, versions and licences are listed under Components. Your workspace stays on this computer, encrypted with your passphrase.</source>
        <translation>این برنامه اجزایی از دیگران را در بر دارد؛ نام، نسخه و مجوز آن‌ها در زبانهٔ «اجزا» آمده است. فضای کاری شما روی همین رایانه می‌ماند و با عبارت عبور شما رمزگذاری شده است.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>جزء</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>مجوز</translation>
    </message>
    <message>
        <source>The full licence texts are in the program folder:</source>
        <translation>متن کامل مجوزها در پوشهٔ برنامه است:</translation>
    </message>
    <message>
        <source>Fieldsales uses Qt under the GNU Lesser General Public License version 3. You may replace the Qt libraries in the program folder with your own build of the same Qt version; how to do so is written below and in QT-LGPL-NOTICE.txt beside the program.</source>
        <translation>Fieldsales از Qt تحت مجوز عمومی کهتر گنو (LGPL) نسخهٔ ۳ استفاده می‌کند. می‌توانید کتابخانه‌های Qt در پوشهٔ برنامه را با ساختهٔ خودتان از همان نسخهٔ Qt جایگزین کنید؛ روش آن در پایین و در فایل QT-LGPL-NOTICE.txt کنار برنامه نوشته شده است.</translation>
    </message>
</context>
<context>
    <name>Account360</name>
    <message>
        <source>← All accounts</source>
        <translation>→ همه حساب‌ها</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>بازگشت به فهرست (Alt+Left)</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>اعتبار</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>سقف</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>مانده باز</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>سفارش‌های باز</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>در دسترس</translation>
    </message>
    <message>
        <source>Plan visit…</source>
        <translation>برنامه‌ریزی بازدید…</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>مخاطب جدید…</translation>
    </message>
    <message>
        <source>New quote…</source>
        <translation>پیش‌فاکتور جدید…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>ویرایش حساب…</translation>
    </message>
    <message>
        <source>New opportunity…</source>
        <translation>فرصت جدید…</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>تاریخ بستن</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>تحویل</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Click a phone number or address to call or write</source>
        <translation>برای تماس یا نوشتن، روی شماره تلفن یا نشانی کلیک کنید</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Visits and reports</source>
        <translation>بازدیدها و گزارش‌ها</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>فرصت‌ها</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>پیش‌فاکتورها</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>قراردادها</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
</context>
<context>
    <name>AccountAttachments</name>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>مربوط به</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>پیوست فایل…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>ذخیرهٔ یک نسخه…</translation>
    </message>
    <message>
        <source>Attach a file to this account</source>
        <translation>پیوست فایل به این حساب</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>ذخیرهٔ یک نسخه</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>گزارش بازدید</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>پیش‌فاکتور</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>قرارداد</translation>
    </message>
</context>
<context>
    <name>AccountChooser</name>
    <message>
        <source>Choose an account</source>
        <translation>یک حساب انتخاب کنید</translation>
    </message>
    <message>
        <source>Type a name, number or city</source>
        <translation>نام، شماره یا شهر را بنویسید</translation>
    </message>
    <message>
        <source>Choose an account from the list.</source>
        <translation>یک حساب از فهرست انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>حساب جدید</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>ویرایش حساب</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>شماره حساب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>قلمرو</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>سقف اعتبار</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
</context>
<context>
    <name>AccountLabels</name>
    <message>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>مشتری بالقوه</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>مسدود</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>سقف اعتبار</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>contact: %1</source>
        <translation>مخاطب: %1</translation>
    </message>
    <message>
        <source>Found by the name of its contact %1</source>
        <translation>با نام مخاطبش، %1، پیدا شد</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Search name, number, city, tag or contact (Ctrl+F)</source>
        <translation>جستجوی نام، شماره، شهر، برچسب یا مخاطب (Ctrl+F)</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>حساب جدید…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>ورود CSV…</translation>
    </message>
    <message>
        <source>Fill with demo data…</source>
        <translation>پر کردن با داده‌های نمونه…</translation>
    </message>
    <message>
        <source>Try the app with 1,000 invented customers</source>
        <translation>برنامه را با ۱۰۰۰ مشتری ساختگی امتحان کنید</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>حساب‌ها: %1</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>ورود حساب‌ها</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>وارد شد: %1 جدید، %2 به‌روزشده، %3 بدون تغییر.</translation>
    </message>
</context>
<context>
    <name>AppMain</name>
    <message>
        <source>Fieldsales cannot start.</source>
        <translation>Fieldsales نمی‌تواند اجرا شود.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>تغییر عبارت عبور</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارت عبور کنونی</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارت عبور جدید</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>تکرار عبارت عبور جدید</translation>
    </message>
    <message>
        <source>This is not the current passphrase.</source>
        <translation>این عبارت عبور کنونی نیست.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>تعارض‌ها</translation>
    </message>
    <message>
        <source>No conflicts. When the same record is changed here and on the server, the differences will be listed here for you to choose.</source>
        <translation>تعارضی وجود ندارد. اگر یک رکورد هم اینجا و هم روی سرور تغییر کند، تفاوت‌ها اینجا فهرست می‌شوند تا شما انتخاب کنید.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>مقدار شما</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>روی سرور</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>نگه‌داشتن مقدار من</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>نگه‌داشتن مقدار سرور</translation>
    </message>
    <message>
        <source>Deleted on the server</source>
        <translation>روی سرور حذف شد</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>The record was deleted on the server; your value is shown so you can copy it.</source>
        <translation>این رکورد روی سرور حذف شد؛ مقدار شما نمایش داده می‌شود تا بتوانید آن را کپی کنید.</translation>
    </message>
    <message>
        <source>Someone else&apos;s change of this field reached the server first.</source>
        <translation>تغییر شخص دیگری در این فیلد زودتر به سرور رسید.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>ارسال دوباره</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>کنار گذاشتن</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>سرور آن را نپذیرفت: %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>اتصال به سرور</translation>
    </message>
    <message>
        <source>Set by your company&apos;s installation</source>
        <translation>تنظیم‌شده توسط نصب شرکت شما</translation>
    </message>
    <message>
        <source>Allow an unencrypted (http) connection</source>
        <translation>اجازهٔ اتصال رمزنگاری‌نشده (http)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>نشانی سرور</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>کد برنامهٔ احراز هویت</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>در حال اتصال…</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>گذرواژهٔ خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Two-step sign-in is on. Enter a new code to connect.</source>
        <translation>ورود دومرحله‌ای فعال شد. برای اتصال کد تازه‌ای وارد کنید.</translation>
    </message>
    <message>
        <source>Add this key to your authenticator app, then enter the code it shows:</source>
        <translation>این کلید را به برنامهٔ احراز هویت اضافه کنید، سپس کدی را که نشان می‌دهد وارد کنید:</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>مخاطب جدید</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>ویرایش مخاطب</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Search name, account, phone or e-mail (Ctrl+F)</source>
        <translation>جستجوی نام، حساب، تلفن یا ایمیل (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Contracts</source>
        <translation>قراردادها</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Search number, title or account (Ctrl+F)</source>
        <translation>جستجوی شماره، عنوان یا حساب (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Type to find a country</source>
        <translation>برای یافتن کشور تایپ کنید</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>محصولات</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>فهرست‌های قیمت</translation>
    </message>
    <message>
        <source>Visits and reports</source>
        <translation>بازدیدها و گزارش‌ها</translation>
    </message>
    <message>
        <source>Quotes (one row per line)</source>
        <translation>پیش‌فاکتورها (یک ردیف برای هر قلم)</translation>
    </message>
    <message>
        <source>Orders (one row per line)</source>
        <translation>سفارش‌ها (یک ردیف برای هر قلم)</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>قراردادها</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>خروجی از</translation>
    </message>
    <message>
        <source>The file is not encrypted: it holds customer data in plain text. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>این فایل رمزگذاری نشده است: داده‌های مشتریان را به‌صورت متن ساده در خود دارد. آن را در جای امنی نگه دارید و وقتی دیگر لازم نیست پاکش کنید.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>در حال خروجی گرفتن از %1…</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Pipeline by stage and rep (%1)</source>
        <translation>قیف فروش بر اساس مرحله و نماینده (%1)</translation>
    </message>
    <message>
        <source>Visits per week</source>
        <translation>بازدیدها در هفته</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(بدون مسئول)</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 from %4</source>
        <translation>۱ %1 = %2 %3 از %4</translation>
    </message>
    <message>
        <source>Rates used: %1</source>
        <translation>نرخ‌های به‌کاررفته: %1</translation>
    </message>
    <message>
        <source>No exchange rate in force, left out of the totals: %1</source>
        <translation>نرخ ارز معتبری نیست و از جمع‌ها کنار گذاشته شد: %1</translation>
    </message>
    <message>
        <source>Pipeline by stage and rep</source>
        <translation>قیف فروش بر اساس مرحله و نماینده</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>نماینده</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>فرصت‌ها</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>وزنی</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>همه مراحل</translation>
    </message>
    <message>
        <source>Forecast by month of expected close</source>
        <translation>پیش‌بینی بر اساس ماه بستن مورد انتظار</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>پیش‌بینی وزنی</translation>
    </message>
    <message>
        <source>Open stages only: each amount times its stage&apos;s probability.</source>
        <translation>فقط مراحل باز: هر مبلغ ضرب در احتمال مرحله‌اش.</translation>
    </message>
    <message>
        <source>Visits per rep and week</source>
        <translation>بازدیدها بر اساس نماینده و هفته</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>هفتهٔ</translation>
    </message>
    <message>
        <source>Accounts not visited in %1 days</source>
        <translation>حساب‌هایی که در %1 روز گذشته بازدید نشده‌اند</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخرین بازدید</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>روزهای گذشته</translation>
    </message>
    <message>
        <source>Accounts: %1; the %2 longest without a visit are listed.</source>
        <translation>تعداد حساب‌ها: %1؛ %2 حسابی که بیشترین مدت بدون بازدید مانده‌اند نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>Accounts: %1.</source>
        <translation>تعداد حساب‌ها: %1.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>Quotes sent and turned into orders</source>
        <translation>پیش‌فاکتورهای ارسال‌شده و تبدیل آن‌ها به سفارش</translation>
    </message>
    <message>
        <source>Quotes sent</source>
        <translation>پیش‌فاکتورهای ارسالی</translation>
    </message>
    <message>
        <source>Became orders</source>
        <translation>تبدیل به سفارش</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <source>Quotes issued since %1.</source>
        <translation>پیش‌فاکتورهای صادرشده از %1.</translation>
    </message>
    <message>
        <source>Contracts renewing in the next 90 days</source>
        <translation>قراردادهایی که در ۹۰ روز آینده تمدید می‌شوند</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>قرارداد</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>Value in %1</source>
        <translation>ارزش به %1</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>بدون نرخ</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>خروجی PDF…</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>بازدیدها</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>بدون بازدید</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>پیش‌فاکتورها</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>تمدیدها</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>نماینده</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Not visited in</source>
        <translation>بدون بازدید در</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>کل تیم</translation>
    </message>
    <message>
        <source>%1 · as of %2 · amounts in %3</source>
        <translation>%1 · تا تاریخ %2 · مبالغ به %3</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>خروجی PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Fieldsales dashboard</source>
        <translation>داشبورد Fieldsales</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>This laptop&apos;s workspace was erased.</source>
        <translation>فضای کار این لپ‌تاپ پاک شد.</translation>
    </message>
    <message>
        <source>Set up a new workspace; your data comes back from the server at the first sync.</source>
        <translation>فضای کار تازه‌ای بسازید؛ داده‌های شما در نخستین همگام‌سازی از سرور برمی‌گردد.</translation>
    </message>
    <message>
        <source>Creating your encrypted workspace…</source>
        <translation>در حال ساخت فضای کار رمزگذاری‌شده…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard language.</source>
        <translation>عبارت عبور نادرست است. کلید Caps Lock و زبان صفحه‌کلید را بررسی کنید.</translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation>فضای کار باز نشد: %1</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>← All quotes</source>
        <translation>→ همه پیش‌فاکتورها</translation>
    </message>
    <message>
        <source>← All orders</source>
        <translation>→ همه سفارش‌ها</translation>
    </message>
    <message>
        <source>Notes for the customer</source>
        <translation>یادداشت برای مشتری</translation>
    </message>
    <message>
        <source>Terms (the company&apos;s standard terms if empty)</source>
        <translation>شرایط (اگر خالی بماند، شرایط استاندارد شرکت)</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>تاریخ صدور</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>تاریخ سفارش</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>تحویل درخواستی</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>شرایط</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>تخفیف ٪</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>مالیات ٪</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>جمع ردیف</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>افزودن کالا…</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>حذف ردیف</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>جمع جزء</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>شماره مرجع مشتری</translation>
    </message>
    <message>
        <source>The customer&apos;s enquiry or purchase order number</source>
        <translation>شماره استعلام یا سفارش خرید مشتری</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>شرایط تحویل</translation>
    </message>
    <message>
        <source>Incoterms, e.g. EXW Dubai</source>
        <translation>اینکوترمز، مثلاً EXW دبی</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>شرایط پرداخت</translation>
    </message>
    <message>
        <source>The account&apos;s payment terms if empty</source>
        <translation>اگر خالی بماند، شرایط پرداخت حساب</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>نشانی تحویل</translation>
    </message>
    <message>
        <source>The account&apos;s shipping address if empty</source>
        <translation>اگر خالی بماند، نشانی ارسال حساب</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>علامت‌گذاری به‌عنوان ارسال‌شده</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>ویرایش مجدد</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>پذیرفته‌شده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Convert to order</source>
        <translation>تبدیل به سفارش</translation>
    </message>
    <message>
        <source>Produce PDF…</source>
        <translation>ساخت PDF…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>رونوشت</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>حذف پیش‌نویس…</translation>
    </message>
    <message>
        <source>Submit order</source>
        <translation>ثبت سفارش</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>لغو سفارش…</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>لغو سفارش</translation>
    </message>
    <message>
        <source>Cancel order %1? A cancelled order cannot be reopened.</source>
        <translation>سفارش %1 لغو شود؟ سفارش لغوشده دوباره باز نمی‌شود.</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>لغو سفارش</translation>
    </message>
    <message>
        <source>Keep the order</source>
        <translation>نگه‌داشتن سفارش</translation>
    </message>
    <message>
        <source>%1 (rev. %2)</source>
        <translation>%1 (ویرایش %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>Tax %1 on %2: %3</source>
        <translation>مالیات %1 بر %2: %3</translation>
    </message>
    <message>
        <source>Tax: %1</source>
        <translation>مالیات: %1</translation>
    </message>
    <message>
        <source>Above the available credit of %1: the order will be refused unless a manager overrides.</source>
        <translation>بیش از اعتبار در دسترس (%1): سفارش رد می‌شود مگر اینکه مدیر مجوز دهد.</translation>
    </message>
    <message>
        <source>Available credit: %1</source>
        <translation>اعتبار در دسترس: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>ردیف %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Search number or account (Ctrl+F)</source>
        <translation>جستجوی شماره یا حساب (Ctrl+F)</translation>
    </message>
    <message>
        <source>New quote…</source>
        <translation>پیش‌فاکتور جدید…</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>سفارش جدید…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>پیش‌فاکتورها</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <source>Delete draft</source>
        <translation>حذف پیش‌نویس</translation>
    </message>
    <message>
        <source>Delete draft quote %1?</source>
        <translation>پیش‌نویس پیش‌فاکتور %1 حذف شود؟</translation>
    </message>
    <message>
        <source>Delete draft order %1?</source>
        <translation>پیش‌نویس سفارش %1 حذف شود؟</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>نگه‌داشتن</translation>
    </message>
    <message>
        <source>Draft %1 deleted.</source>
        <translation>پیش‌نویس %1 حذف شد.</translation>
    </message>
</context>
<context>
    <name>EntityLabel</name>
    <message>
        <source>Territory</source>
        <translation>قلمرو</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>مرحلهٔ فروش</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>فرصت</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>گزارش بازدید</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>فهرست قیمت</translation>
    </message>
    <message>
        <source>Price list of an account</source>
        <translation>فهرست قیمت یک حساب</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>پیش‌فاکتور</translation>
    </message>
    <message>
        <source>Quote line</source>
        <translation>ردیف پیش‌فاکتور</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>ردیف سفارش</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>قرارداد</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>پیوست</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>نرخ ارز</translation>
    </message>
    <message>
        <source>Visit frequency</source>
        <translation>تواتر بازدیدها</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>شمارهٔ حساب</translation>
    </message>
    <message>
        <source>Days between visits</source>
        <translation>روزهای میان بازدیدها</translation>
    </message>
    <message>
        <source>From currency</source>
        <translation>از ارز</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>نرخ</translation>
    </message>
    <message>
        <source>To currency</source>
        <translation>به ارز</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>واگذارشده به</translation>
    </message>
    <message>
        <source>Renews automatically</source>
        <translation>تمدید خودکار</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>زمان ورود</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>زمان خروج</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Contacts met</source>
        <translation>مخاطبان دیدارشده</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>محتوای پرونده</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>سقف اعتبار</translation>
    </message>
    <message>
        <source>Credit limit overridden by</source>
        <translation>عبور از سقف اعتبار توسط</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>شماره مرجع مشتری</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>نشانی تحویل</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>شرایط تحویل</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>تخفیف ٪</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>رایانامه</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاریخ پایان</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>بستن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>نام پرونده</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>کار پیگیری</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>پیش‌فرض</translation>
    </message>
    <message>
        <source>Lost stage</source>
        <translation>مرحلهٔ ازدست‌رفته</translation>
    </message>
    <message>
        <source>Won stage</source>
        <translation>مرحلهٔ موفق</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>تاریخ صدور</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>امتیاز سرنخ</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>نام حقوقی</translation>
    </message>
    <message>
        <source>Reason lost</source>
        <translation>دلیل ازدست‌رفتن</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>رضایت بازاریابی</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>تاریخ رضایت</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>نوع پرونده</translation>
    </message>
    <message>
        <source>From quantity</source>
        <translation>از مقدار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>گام‌های بعدی</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Notice period (days)</source>
        <translation>مهلت اطلاع (روز)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>ماندهٔ باز</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>فرصت</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>تاریخ سفارش</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>پیوست به</translation>
    </message>
    <message>
        <source>Attached to record</source>
        <translation>پیوست به رکورد</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>شرایط پرداخت</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>پایان برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>شروع برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ترتیب</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>زبان ترجیحی</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>فهرست قیمت</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>پیش‌فاکتور</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>شماره ویرایش</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>تحویل درخواستی</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>نظر بازبینی</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>بازبینی</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>تاریخ بازبینی</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>بازبینی توسط</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Shipping city</source>
        <translation>شهر ارسال</translation>
    </message>
    <message>
        <source>Shipping country</source>
        <translation>کشور ارسال</translation>
    </message>
    <message>
        <source>Shipping postal code</source>
        <translation>کد پستی ارسال</translation>
    </message>
    <message>
        <source>Shipping region</source>
        <translation>استان ارسال</translation>
    </message>
    <message>
        <source>Shipping street</source>
        <translation>خیابان ارسال</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>کد کالا</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاریخ شروع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>تاریخ ارسال</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>شمارهٔ مالیاتی</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>نرخ مالیات</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>شرایط</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>قلمرو</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>معتبر از</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>معتبر تا تاریخ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف‌شده</translation>
    </message>
</context>
<context>
    <name>LongJobs</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>در حال ورود %1…</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>در حال ساخت داده‌های نمونه…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>بازدیدها</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>پیش‌فاکتورها</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>قراردادها</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>کالاها</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>تعارض‌ها</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Fieldsales</source>
        <translation>Fieldsales</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 ردیف در %2 ذخیره شد.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>همگام‌سازی اکنون</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل کردن</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جدید</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>بازدید جدید</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>پیش‌فاکتور جدید</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>سفارش جدید</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>حساب جدید</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;رفتن</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Search everything…</source>
        <translation>جست‌وجو در همه‌چیز…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>About Fieldsales…</source>
        <translation>درباره Fieldsales…</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>Edit opportunity</source>
        <translation>ویرایش فرصت</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>فرصت جدید</translation>
    </message>
    <message>
        <source>Why the customer said no</source>
        <translation>چرا مشتری نپذیرفت</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>دلیل از دست رفتن</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>بسته‌شدن پیش‌بینی‌شده</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Protect your workspace</source>
        <translation>از فضای کار خود محافظت کنید</translation>
    </message>
    <message>
        <source>Everything is stored encrypted on this computer. Choose a passphrase: without it nobody, not even support, can open your data.</source>
        <translation>همه‌چیز به‌صورت رمزگذاری‌شده روی این رایانه ذخیره می‌شود. یک عبارت عبور انتخاب کنید: بدون آن هیچ‌کس، حتی پشتیبانی، نمی‌تواند داده‌های شما را باز کند.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>تکرار عبارت عبور</translation>
    </message>
    <message>
        <source>Too short: at least 8 characters</source>
        <translation>خیلی کوتاه: دست‌کم ۸ نویسه</translation>
    </message>
    <message>
        <source>Strength: weak. A longer phrase is safer.</source>
        <translation>قدرت: ضعیف. عبارت بلندتر امن‌تر است.</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>قدرت: متوسط</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>قدرت: قوی</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Produce PDF</source>
        <translation>ساخت PDF</translation>
    </message>
    <message>
        <source>PDF documents are not available in this version yet.</source>
        <translation>اسناد PDF هنوز در این نسخه در دسترس نیست.</translation>
    </message>
    <message>
        <source>visit-report</source>
        <translation>گزارش-بازدید</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>ذخیرهٔ PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>اسناد PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Producing %1…</source>
        <translation>در حال ساخت %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>The PDF could not be produced: %1</source>
        <translation>ساخت PDF ممکن نشد: %1</translation>
    </message>
</context>
<context>
    <name>PdfSaved</name>
    <message>
        <source>Saved to %1</source>
        <translation>در %1 ذخیره شد</translation>
    </message>
    <message>
        <source>No program to open PDF files was found on this computer. Open the folder to send or print the file.</source>
        <translation>برنامه‌ای برای باز کردن فایل‌های PDF روی این رایانه پیدا نشد. برای فرستادن یا چاپ فایل، پوشه را باز کنید.</translation>
    </message>
</context>
<context>
    <name>PdfSavedDialog</name>
    <message>
        <source>PDF saved</source>
        <translation>PDF ذخیره شد</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>باز کردن پوشه</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Weighted forecast: %1 (open pipeline %2)</source>
        <translation>پیش‌بینی وزنی: %1 (قیف باز %2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>New opportunity…</source>
        <translation>فرصت جدید…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>فرصت‌ها</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>وزنی</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>فرصت</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>تاریخ بستن</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>باز کردن حساب</translation>
    </message>
    <message>
        <source>Reason, when moving to a lost stage</source>
        <translation>دلیل، هنگام انتقال به مرحلهٔ ازدست‌رفته</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>انتقال به مرحله</translation>
    </message>
    <message>
        <source>Choose an opportunity first.</source>
        <translation>ابتدا یک فرصت را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Opportunities by stage</source>
        <translation>فرصت‌ها بر اساس مرحله</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Add a product</source>
        <translation>افزودن کالا</translation>
    </message>
    <message>
        <source>Type a name or SKU</source>
        <translation>نام یا کد کالا را بنویسید</translation>
    </message>
    <message>
        <source>No product matches.</source>
        <translation>هیچ کالایی مطابقت ندارد.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Choose a product from the list.</source>
        <translation>یک کالا از فهرست انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Prices for: %1</source>
        <translation>قیمت‌ها برای: %1</translation>
    </message>
    <message>
        <source>Prices for: no account chosen</source>
        <translation>قیمت‌ها برای: حسابی انتخاب نشده</translation>
    </message>
    <message>
        <source>Search name or SKU (Ctrl+F)</source>
        <translation>جستجوی نام یا کد کالا (Ctrl+F)</translation>
    </message>
    <message>
        <source>Choose account…</source>
        <translation>انتخاب حساب…</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>کد کالا</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>مالیات ٪</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>کالاها</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>بدون قیمت</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>هیچ کالایی با «%1» مطابقت ندارد.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Choose a report to read it.</source>
        <translation>گزارشی را برای خواندن انتخاب کنید.</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>باز کردن حساب</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>ذخیرهٔ یک نسخه…</translation>
    </message>
    <message>
        <source>A word to the rep; required when you send the report back.</source>
        <translation>پیامی برای نماینده؛ هنگام برگرداندن گزارش الزامی است.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Alt+A</source>
        <translation>Alt+A</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>برگرداندن</translation>
    </message>
    <message>
        <source>Alt+B</source>
        <translation>Alt+B</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>کار پیگیری</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>عکس‌ها و اسناد</translation>
    </message>
    <message>
        <source>Comment for the rep</source>
        <translation>توضیح برای نماینده</translation>
    </message>
    <message>
        <source>Rep: %1</source>
        <translation>نماینده: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>گام‌های بعدی</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>No follow-up task.</source>
        <translation>کار پیگیری ندارد.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>واگذارشده به</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>توسط %1 در %2</translation>
    </message>
    <message>
        <source>Earlier comment: %1</source>
        <translation>توضیح قبلی: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>توضیح: %1</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <source>document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>not downloaded yet</source>
        <translation>هنوز دریافت نشده</translation>
    </message>
    <message>
        <source>No photos or documents.</source>
        <translation>عکس یا سندی ندارد.</translation>
    </message>
    <message>
        <source>%1: save a copy to open it.</source>
        <translation>%1: برای باز کردن، یک نسخه ذخیره کنید.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>در حال باز کردن %1…</translation>
    </message>
    <message>
        <source>This photo cannot be shown; save a copy instead.</source>
        <translation>این عکس نمایش داده نمی‌شود؛ به‌جای آن یک نسخه ذخیره کنید.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>ذخیرهٔ یک نسخه</translation>
    </message>
</context>
<context>
    <name>ReviewFilterBar</name>
    <message>
        <source>Rep</source>
        <translation>نماینده</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>همهٔ نتیجه‌ها</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>در انتظار بررسی</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>نیازمند تغییر</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>همهٔ گزارش‌ها</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>پاک کردن فیلترها</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>هر تاریخی</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>همهٔ نمایندگان</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>همهٔ حساب‌ها</translation>
    </message>
</context>
<context>
    <name>ReviewInbox</name>
    <message>
        <source>Submitted</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>نماینده</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فایل‌ها</translation>
    </message>
    <message>
        <source>Showing the newest %1 reports; narrow the filters to see older ones.</source>
        <translation>%1 گزارش تازه‌تر نمایش داده می‌شود؛ برای دیدن گزارش‌های قدیمی‌تر فیلترها را محدودتر کنید.</translation>
    </message>
    <message>
        <source>Keys: Alt+Down next report · Alt+Up previous · Alt+A approve · Alt+C comment · Alt+B send back</source>
        <translation>کلیدها: Alt+Down گزارش بعدی · Alt+Up قبلی · Alt+A تأیید · Alt+C توضیح · Alt+B برگرداندن</translation>
    </message>
    <message>
        <source>Nothing awaits your review.</source>
        <translation>چیزی در انتظار بررسی شما نیست.</translation>
    </message>
    <message>
        <source>Awaiting review: %1 (%2)</source>
        <translation>در انتظار بررسی: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>جست‌وجو در همه‌چیز</translation>
    </message>
    <message>
        <source>Accounts, contacts, opportunities, quotes, orders, visits, products…</source>
        <translation>حساب‌ها، مخاطبان، فرصت‌ها، پیش‌فاکتورها، سفارش‌ها، بازدیدها، کالاها…</translation>
    </message>
    <message>
        <source>↓ to walk the results, Enter to open, Esc to close</source>
        <translation>↓ برای پیمودن نتایج، Enter برای باز کردن، Esc برای بستن</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>فرصت‌ها</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>پیش‌فاکتورها</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>بازدیدها</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>قراردادها</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>کالاها</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>چیزی برای «%1» پیدا نشد.</translation>
    </message>
    <message>
        <source>↳ contact: %1</source>
        <translation>↳ مخاطب: %1</translation>
    </message>
    <message>
        <source>Found by the name of a contact at this account</source>
        <translation>با نام یکی از مخاطبان این حساب پیدا شد</translation>
    </message>
</context>
<context>
    <name>SearchList</name>
    <message>
        <source>Showing up to %1</source>
        <translation>نمایش حداکثر %1</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <source>Export CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Sync with your company</source>
        <translation>همگام‌سازی با شرکت</translation>
    </message>
    <message>
        <source>You can work offline now and connect to a server later in Settings.</source>
        <translation>می‌توانید اکنون آفلاین کار کنید و بعداً از تنظیمات به سرور وصل شوید.</translation>
    </message>
    <message>
        <source>Work offline for now</source>
        <translation>فعلاً آفلاین کار کنم</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>اتصال به سرور</translation>
    </message>
    <message>
        <source>Only if your account uses one</source>
        <translation>فقط اگر حساب شما از آن استفاده می‌کند</translation>
    </message>
    <message>
        <source>Allow an unencrypted (http) connection</source>
        <translation>اجازهٔ اتصال رمزنگاری‌نشده (http)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>نشانی سرور</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>کد یک‌بارمصرف</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>نام کاربری خود را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Jalali (Solar Hijri)</source>
        <translation>جلالی (هجری خورشیدی)</translation>
    </message>
    <message>
        <source>Islamic civil (Hijri)</source>
        <translation>هجری قمری (مدنی)</translation>
    </message>
    <message>
        <source>Umm al-Qura (Hijri)</source>
        <translation>ام‌القری (هجری قمری)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>Language and region</source>
        <translation>زبان و منطقه</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>امنیت</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>قفل پس از بی‌کاری</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>تغییر عبارت عبور…</translation>
    </message>
    <message>
        <source>Allow an unencrypted (http) connection</source>
        <translation>اجازهٔ اتصال رمزنگاری‌نشده (http)</translation>
    </message>
    <message>
        <source>Sync server</source>
        <translation>سرور همگام‌سازی</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>نشانی سرور</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Your password is asked for when you connect; it is never stored on disk.</source>
        <translation>گذرواژه هنگام اتصال پرسیده می‌شود و هرگز روی دیسک ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <source>Connect to server…</source>
        <translation>اتصال به سرور…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Greyed settings are set by your company&apos;s installation and cannot be changed here.</source>
        <translation>تنظیمات خاکستری را نصب سازمان شما تعیین کرده است و اینجا قابل تغییر نیستند.</translation>
    </message>
    <message>
        <source>Set by your company&apos;s installation</source>
        <translation>تعیین‌شده در نصب سازمان شما</translation>
    </message>
    <message>
        <source>Not connected: this workspace works on its own.</source>
        <translation>وصل نیست: این فضای کار به‌تنهایی کار می‌کند.</translation>
    </message>
    <message>
        <source>Signed out of %1; sign in to sync.</source>
        <translation>از %1 خارج شده‌اید؛ برای همگام‌سازی وارد شوید.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>ورود…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>به %1 با نام %2 وصل هستید.</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>ورود دوباره…</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>عبارت عبور تغییر کرد.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Fieldsales</source>
        <translation>راه‌اندازی Fieldsales</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>پیشنهاد</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>مذاکره</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ازدست‌رفته</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>ورود ثبت شد</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>در انتظار بررسی</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>نیاز به اصلاح</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>پذیرفته‌شده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>ثبت‌شده</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>تحویل‌شده</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>فسخ‌شده</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>همگام‌سازی اکنون</translation>
    </message>
    <message>
        <source>Send and receive changes (Ctrl+Shift+S)</source>
        <translation>ارسال و دریافت تغییرات (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Offline: not connected to a server</source>
        <translation>آفلاین: به سروری وصل نیست</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>در حال همگام‌سازی…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>آنلاین</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>آفلاین</translation>
    </message>
    <message>
        <source>Changes waiting: %1</source>
        <translation>تغییرات در انتظار: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>هرگز همگام نشده</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>آخرین همگام‌سازی: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>تعارض‌ها: %1</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Visit reports</source>
        <translation>گزارش‌های بازدید</translation>
    </message>
    <message>
        <source>The Team section is for managers: sign in with a manager&apos;s account.</source>
        <translation>بخش تیم برای مدیران است: با حساب یک مدیر وارد شوید.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Notice by</source>
        <translation>اطلاع تا</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>قرارداد</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>پیش‌فاکتور</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>علامت انجام</translation>
    </message>
    <message>
        <source>Visits today</source>
        <translation>بازدیدهای امروز</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>پیگیری‌های عقب‌افتاده</translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation>تمدیدهای پیش رو</translation>
    </message>
    <message>
        <source>Quotes about to expire</source>
        <translation>پیش‌فاکتورهای رو به انقضا</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Fieldsales: unlock</source>
        <translation>Fieldsales: باز کردن قفل</translation>
    </message>
    <message>
        <source>Unlock your workspace</source>
        <translation>قفل فضای کار را باز کنید</translation>
    </message>
    <message>
        <source>Fieldsales locked itself after a period without use.</source>
        <translation>Fieldsales پس از مدتی بی‌استفاده ماندن قفل شد.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your data.</source>
        <translation>برای باز کردن داده‌ها عبارت عبور را وارد کنید.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>عبارت عبور را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>VisitNextPanel</name>
    <message>
        <source>Whom to visit next</source>
        <translation>بازدید بعدی از چه کسی</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>برنامه‌ریزی بازدید</translation>
    </message>
    <message>
        <source>Book the selected account for the next working day</source>
        <translation>بازدید از حساب انتخاب‌شده را برای روز کاری بعد ثبت کن</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>نماینده</translation>
    </message>
    <message>
        <source>The first %1 of %2 accounts.</source>
        <translation>%1 حساب نخست از %2 حساب.</translation>
    </message>
    <message>
        <source>%1 (%2 points)</source>
        <translation>%1 (%2 امتیاز)</translation>
    </message>
</context>
<context>
    <name>VisitPlanner</name>
    <message>
        <source>Move visit</source>
        <translation>جابه‌جایی بازدید</translation>
    </message>
    <message>
        <source>Plan a visit</source>
        <translation>برنامه‌ریزی بازدید</translation>
    </message>
    <message>
        <source>No account chosen</source>
        <translation>حسابی انتخاب نشده</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>min</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Choose the account to visit.</source>
        <translation>حسابی را که می‌خواهید بازدید کنید انتخاب کنید.</translation>
    </message>
    <message>
        <source>A visit lasts at least %1 minutes.</source>
        <translation>هر بازدید دست‌کم %1 دقیقه طول می‌کشد.</translation>
    </message>
    <message>
        <source>This start is in the past. Save again to plan it anyway.</source>
        <translation>این زمان شروع گذشته است. برای ثبت برنامه با همین زمان، دوباره ذخیره کنید.</translation>
    </message>
</context>
<context>
    <name>VisitReportForm</name>
    <message>
        <source>Order placed</source>
        <translation>سفارش ثبت شد</translation>
    </message>
    <message>
        <source>Quote requested</source>
        <translation>پیش‌فاکتور درخواست شد</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>علاقه‌مند</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>نیاز به پیگیری</translation>
    </message>
    <message>
        <source>No interest</source>
        <translation>بدون علاقه</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>گزارش بازدید</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>نتیجه را انتخاب کنید…</translation>
    </message>
    <message>
        <source>Create a follow-up task</source>
        <translation>ایجاد کار پیگیری</translation>
    </message>
    <message>
        <source>Double-click a photo to see it larger</source>
        <translation>برای دیدن عکس در اندازهٔ بزرگ‌تر دوبار کلیک کنید</translation>
    </message>
    <message>
        <source>Attach photo or document…</source>
        <translation>پیوست عکس یا سند…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>ذخیرهٔ پیش‌نویس</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>ارسال برای بررسی</translation>
    </message>
    <message>
        <source>Produce PDF…</source>
        <translation>ساخت PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Choose the outcome of the visit.</source>
        <translation>نتیجهٔ بازدید را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Write a short summary of the visit.</source>
        <translation>خلاصهٔ کوتاهی از بازدید بنویسید.</translation>
    </message>
    <message>
        <source>Give the follow-up task a title.</source>
        <translation>برای کار پیگیری عنوانی بنویسید.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>گام‌های بعدی</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <source>Changes requested by %1: %2</source>
        <translation>%1 درخواست اصلاح کرده است: %2</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>ارسال دوباره</translation>
    </message>
    <message>
        <source>Approved by %1 on %2; the report can no longer be changed.</source>
        <translation>در %2 توسط %1 تأیید شد؛ گزارش دیگر قابل تغییر نیست.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>توضیح: %1</translation>
    </message>
    <message>
        <source>Submitted on %1; awaiting your manager&apos;s review.</source>
        <translation>در %1 ارسال شد؛ در انتظار بررسی مدیر شما.</translation>
    </message>
    <message>
        <source>Choose an attachment first.</source>
        <translation>ابتدا یک پیوست را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Attach photos or documents</source>
        <translation>پیوست عکس‌ها یا اسناد</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.docx *.xlsx *.txt);;All files (*)</source>
        <translation>عکس‌ها و اسناد (*.jpg *.jpeg *.png *.heic *.pdf *.docx *.xlsx *.txt);;همهٔ فایل‌ها (*)</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Previous week</source>
        <translation>هفتهٔ قبل</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>این هفته</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>هفتهٔ بعد</translation>
    </message>
    <message>
        <source>Plan visit…</source>
        <translation>برنامه‌ریزی بازدید…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>ثبت ورود</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>ثبت خروج</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>گزارش…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>جابه‌جایی…</translation>
    </message>
    <message>
        <source>Cancel visit…</source>
        <translation>لغو بازدید…</translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation>ورود در %1</translation>
    </message>
    <message>
        <source>Checked out at %1</source>
        <translation>خروج در %1</translation>
    </message>
    <message>
        <source>More than %1 minutes away from the plan (%2 to %3).</source>
        <translation>بیش از %1 دقیقه با برنامه فاصله دارد (%2 تا %3).</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>لغو بازدید</translation>
    </message>
    <message>
        <source>Cancel the visit to %1?</source>
        <translation>بازدید از %1 لغو شود؟</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>لغو بازدید</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>نگه‌داشتن</translation>
    </message>
    <message>
        <source>Visit to %1 cancelled.</source>
        <translation>بازدید از %1 لغو شد.</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>باز کردن حساب</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>بازدیدها</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>از %1 تا %2</translation>
    </message>
    <message>
        <source>Choose a visit to check in, check out or write its report.</source>
        <translation>بازدیدی را برای ثبت ورود، خروج یا نوشتن گزارش انتخاب کنید.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>گزارش: %1</translation>
    </message>
    <message>
        <source>Report: draft</source>
        <translation>گزارش: پیش‌نویس</translation>
    </message>
</context>
<context>
    <name>WorkspaceSyncProvider</name>
    <message>
        <source>The server was restored from a backup; this laptop sent back what it had lost.</source>
        <translation>سرور از یک نسخهٔ پشتیبان بازیابی شد؛ این لپ‌تاپ آنچه را سرور از دست داده بود دوباره فرستاد.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>همگام‌سازی ناموفق بود: %1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A report can only be written for a completed visit; this one is {status}.</source>
        <translation>گزارش فقط برای بازدید انجام‌شده نوشته می‌شود؛ وضعیت این بازدید {status} است.</translation>
    </message>
    <message>
        <source>A stage cannot be both won and lost.</source>
        <translation>یک مرحله نمی‌تواند هم برنده و هم بازنده باشد.</translation>
    </message>
    <message>
        <source>A submitted visit report keeps its attachments; only a draft changes.</source>
        <translation>گزارش بازدیدِ ارسال‌شده پیوست‌هایش را نگه می‌دارد؛ فقط پیش‌نویس تغییر می‌کند.</translation>
    </message>
    <message>
        <source>A workspace already exists in {path}</source>
        <translation>در {path} از قبل فضای کاری وجود دارد</translation>
    </message>
    <message>
        <source>Account number {number} is already in use.</source>
        <translation>شماره حساب {number} قبلاً استفاده شده است.</translation>
    </message>
    <message>
        <source>Accounts are not deleted; set the account to inactive instead.</source>
        <translation>حساب‌ها حذف نمی‌شوند؛ به‌جای آن حساب را غیرفعال کنید.</translation>
    </message>
    <message>
        <source>Add at least one line before sending the quote.</source>
        <translation>پیش از ارسال پیش‌فاکتور دست‌کم یک ردیف اضافه کنید.</translation>
    </message>
    <message>
        <source>Add at least one line before submitting the order.</source>
        <translation>پیش از ثبت سفارش دست‌کم یک ردیف اضافه کنید.</translation>
    </message>
    <message>
        <source>An approved visit report can no longer be changed.</source>
        <translation>گزارش بازدید تأییدشده دیگر قابل تغییر نیست.</translation>
    </message>
    <message>
        <source>Cannot combine amounts in {first} and {second}.</source>
        <translation>نمی‌توان مبالغ {first} و {second} را با هم جمع کرد.</translation>
    </message>
    <message>
        <source>Cannot export “{kind}”; choose one of {kinds}.</source>
        <translation>صدور «{kind}» ممکن نیست؛ یکی از این‌ها را انتخاب کنید: {kinds}.</translation>
    </message>
    <message>
        <source>Cannot import “{kind}”; choose one of {kinds}.</source>
        <translation>ورود «{kind}» ممکن نیست؛ یکی از این‌ها را انتخاب کنید: {kinds}.</translation>
    </message>
    <message>
        <source>Cannot reach the server {server}; your changes are kept and will be sent at the next sync.</source>
        <translation>دسترسی به سرور {server} ممکن نیست؛ تغییرات شما نگه داشته می‌شود و در همگام‌سازی بعدی فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>خواندن {path} ممکن نیست: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>نوشتن در {path} ممکن نیست: {reason}</translation>
    </message>
    <message>
        <source>Choose a pipeline stage.</source>
        <translation>یک مرحلهٔ قیف فروش را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose a product or describe the line.</source>
        <translation>یک کالا انتخاب کنید یا ردیف را شرح دهید.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>قرارداد</translation>
    </message>
    <message>
        <source>Device prefix “{prefix}” must be 2 to 8 capital letters or digits.</source>
        <translation>پیشوند دستگاه «{prefix}» باید ۲ تا ۸ حرف بزرگ یا رقم باشد.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 1500.00</source>
        <translation>یک عدد وارد کنید، مثلاً 1500.00</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>کد را از برنامهٔ احراز هویت وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>نشانی سرور را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>نام کاربری خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Folder {path} does not exist</source>
        <translation>پوشهٔ {path} وجود ندارد</translation>
    </message>
    <message>
        <source>Give the follow-up task a title.</source>
        <translation>برای کار پیگیری عنوانی بنویسید.</translation>
    </message>
    <message>
        <source>Lead score must be a whole number from 0 to 100.</source>
        <translation>امتیاز سرنخ باید عددی صحیح از ۰ تا ۱۰۰ باشد.</translation>
    </message>
    <message>
        <source>Name the numbers to settle, or use --all.</source>
        <translation>شماره‌هایی را که باید حل شوند نام ببرید، یا از ‎--all‎ استفاده کنید.</translation>
    </message>
    <message>
        <source>No account numbered {number}.</source>
        <translation>حسابی با شمارهٔ {number} وجود ندارد.</translation>
    </message>
    <message>
        <source>No account with number {number}.</source>
        <translation>حسابی با شماره {number} وجود ندارد.</translation>
    </message>
    <message>
        <source>No contract with number {number}.</source>
        <translation>قراردادی با شماره {number} وجود ندارد.</translation>
    </message>
    <message>
        <source>No order with number {number}.</source>
        <translation>سفارشی با شماره {number} وجود ندارد.</translation>
    </message>
    <message>
        <source>No passphrase: set ${variable} or run the command in a terminal</source>
        <translation>عبارت عبور داده نشده: ${variable} را تنظیم کنید یا فرمان را در ترمینال اجرا کنید</translation>
    </message>
    <message>
        <source>No password: set ${variable} or run the command in a terminal</source>
        <translation>گذرواژه‌ای نیست: ${variable} را تنظیم کنید یا فرمان را در پایانه اجرا کنید</translation>
    </message>
    <message>
        <source>No price for {sku} ({product}) in {currency} for {account} on {day}.</source>
        <translation>برای {sku} ({product}) به {currency} برای {account} در تاریخ {day} قیمتی وجود ندارد.</translation>
    </message>
    <message>
        <source>No quote with number {number}.</source>
        <translation>پیش‌فاکتوری با شماره {number} وجود ندارد.</translation>
    </message>
    <message>
        <source>No submitted visit report for visit {id}.</source>
        <translation>برای بازدید {id} گزارش ارسال‌شده‌ای وجود ندارد.</translation>
    </message>
    <message>
        <source>No visit with id {id}.</source>
        <translation>بازدیدی با شناسهٔ {id} وجود ندارد.</translation>
    </message>
    <message>
        <source>No workspace in {path}; create one with &apos;fieldsales init&apos;</source>
        <translation>در {path} فضای کاری نیست؛ با &apos;fieldsales init&apos; یکی بسازید</translation>
    </message>
    <message>
        <source>Not sent: the record it belongs to was refused.</source>
        <translation>فرستاده نشد: رکوردی که به آن تعلق دارد رد شد.</translation>
    </message>
    <message>
        <source>Notice period must be a whole number of days, 0 or more.</source>
        <translation>مهلت اطلاع باید عددی صحیح از روزها، صفر یا بیشتر باشد.</translation>
    </message>
    <message>
        <source>Only a cancelled visit can be planned again; this one is {status}.</source>
        <translation>فقط بازدیدِ لغوشده دوباره برنامه‌ریزی می‌شود؛ این بازدید {status} است.</translation>
    </message>
    <message>
        <source>Only a lost opportunity has a lost reason.</source>
        <translation>فقط فرصت ازدست‌رفته دلیل از دست رفتن دارد.</translation>
    </message>
    <message>
        <source>Only a manager may review visit reports.</source>
        <translation>فقط مدیر می‌تواند گزارش‌های بازدید را بررسی کند.</translation>
    </message>
    <message>
        <source>Only a planned visit can be rescheduled; this one is {status}.</source>
        <translation>فقط بازدید برنامه‌ریزی‌شده قابل جابه‌جایی است؛ وضعیت این بازدید {status} است.</translation>
    </message>
    <message>
        <source>Only a team&apos;s manager reviews visit reports; connect this workspace to the server with a manager&apos;s account first.</source>
        <translation>فقط مدیر تیم گزارش‌های بازدید را بررسی می‌کند؛ ابتدا این فضای کاری را با حساب یک مدیر به سرور وصل کنید.</translation>
    </message>
    <message>
        <source>Only a team&apos;s manager reviews visit reports; this workspace is signed in as {username} ({role}).</source>
        <translation>فقط مدیر تیم گزارش‌های بازدید را بررسی می‌کند؛ این فضای کاری با {username} ({role}) وارد شده است.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <source>Order {number} ({total}) exceeds the credit available to {account}: {available} (limit {limit} − open balance {balance} − open orders {open_orders}).</source>
        <translation>سفارش {number} ({total}) از اعتبار در دسترس {account} بیشتر است: {available} (سقف {limit} − ماندهٔ باز {balance} − سفارش‌های باز {open_orders}).</translation>
    </message>
    <message>
        <source>A rep sees only their own accounts.</source>
        <translation>هر نماینده فقط حساب‌های خودش را می‌بیند.</translation>
    </message>
    <message>
        <source>Choose a country from the list (a two-letter code such as AE).</source>
        <translation>کشوری را از فهرست انتخاب کنید (کدی دوحرفی مانند AE).</translation>
    </message>
    <message>
        <source>Name the rep with --rep.</source>
        <translation>نماینده را با ‎--rep‎ مشخص کنید.</translation>
    </message>
    <message>
        <source>Order {number} ({original}, {total} at 1 {rate_from} = {rate} {rate_to} from {rate_day}) exceeds the credit available to {account}: {available}.</source>
        <translation>سفارش {number} ({original}، برابر {total} با نرخ 1 {rate_from} = {rate} {rate_to} از {rate_day}) از اعتبار در دسترس {account} بیشتر است: {available}.</translation>
    </message>
    <message>
        <source>Order {number} is in {order_currency} but the credit of {account} is kept in {account_currency}, and no exchange rate between them is in force on {day}; it needs a credit override.</source>
        <translation>سفارش {number} به {order_currency} است اما اعتبار {account} به {account_currency} نگهداری می‌شود و در {day} نرخ ارز معتبری میان آن‌ها نیست؛ به مجوز عبور از سقف اعتبار نیاز دارد.</translation>
    </message>
    <message>
        <source>Order {number} is {status}; only a draft can be deleted.</source>
        <translation>سفارش {number} در وضعیت {status} است؛ فقط پیش‌نویس حذف می‌شود.</translation>
    </message>
    <message>
        <source>Plain http is not encrypted; use https, or allow insecure connections.</source>
        <translation>http ساده رمزنگاری نمی‌شود؛ از https استفاده کنید یا اتصال ناامن را مجاز کنید.</translation>
    </message>
    <message>
        <source>Probability must be a whole percent from 0 to 100.</source>
        <translation>احتمال باید درصدی صحیح از ۰ تا ۱۰۰ باشد.</translation>
    </message>
    <message>
        <source>Products and prices are kept by the server this workspace syncs with; ask your administrator to import them there.</source>
        <translation>محصولات و قیمت‌ها را سروری که این فضای کار با آن همگام می‌شود نگه می‌دارد؛ از مدیر سیستم بخواهید آن‌ها را آنجا وارد کند.</translation>
    </message>
    <message>
        <source>Quantity must be greater than zero.</source>
        <translation>تعداد باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>پیش‌فاکتور</translation>
    </message>
    <message>
        <source>Quote {number} expired on {day} and can no longer be accepted.</source>
        <translation>پیش‌فاکتور {number} در {day} منقضی شده و دیگر پذیرفتنی نیست.</translation>
    </message>
    <message>
        <source>Quote {number} has already become order {order}.</source>
        <translation>پیش‌فاکتور {number} قبلاً به سفارش {order} تبدیل شده است.</translation>
    </message>
    <message>
        <source>Quote {number} is {status}; only a draft can be deleted.</source>
        <translation>پیش‌فاکتور {number} در وضعیت {status} است؛ فقط پیش‌نویس حذف می‌شود.</translation>
    </message>
    <message>
        <source>Quote {number} is {status}; only a sent quote can be revised.</source>
        <translation>پیش‌فاکتور {number} در وضعیت {status} است؛ فقط پیش‌فاکتور ارسال‌شده را می‌توان ویرایش مجدد کرد.</translation>
    </message>
    <message>
        <source>Quote {number} is {status}; only an accepted quote becomes an order.</source>
        <translation>وضعیت پیش‌فاکتور {number} {status} است؛ فقط پیش‌فاکتور پذیرفته‌شده به سفارش تبدیل می‌شود.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>SKU {sku} is already in use.</source>
        <translation>کد کالای {sku} قبلاً استفاده شده است.</translation>
    </message>
    <message>
        <source>Say what the rep should change: a report is sent back with a comment.</source>
        <translation>بنویسید نماینده چه چیزی را باید تغییر دهد: گزارش همراه با توضیح برگردانده می‌شود.</translation>
    </message>
    <message>
        <source>Sign in to the server first.</source>
        <translation>ابتدا به سرور وارد شوید.</translation>
    </message>
    <message>
        <source>Sign in to {server} again to sync.</source>
        <translation>برای همگام‌سازی دوباره به {server} وارد شوید.</translation>
    </message>
    <message>
        <source>Start date is required.</source>
        <translation>تاریخ شروع لازم است.</translation>
    </message>
    <message>
        <source>The CA bundle {path} named in the preset is not a PEM file of certificates: {reason}</source>
        <translation>فایل گواهی‌های مرجع {path} که در پیش‌تنظیم آمده، فایل PEM حاوی گواهی نیست: {reason}</translation>
    </message>
    <message>
        <source>The attachment file {path} is damaged</source>
        <translation>فایل پیوست {path} آسیب دیده است</translation>
    </message>
    <message>
        <source>The attachment file {path} is missing</source>
        <translation>فایل پیوست {path} وجود ندارد</translation>
    </message>
    <message>
        <source>The authenticator code is wrong.</source>
        <translation>کد احراز هویت نادرست است.</translation>
    </message>
    <message>
        <source>The end ({end}) is before the start ({start}).</source>
        <translation>پایان ({end}) پیش از شروع ({start}) است.</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row.</source>
        <translation>فایل خالی است؛ به یک ردیف سرستون نیاز دارد.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as “CSV UTF-8”.</source>
        <translation>فایل متن UTF-8 نیست؛ آن را به‌صورت «CSV UTF-8» ذخیره کنید.</translation>
    </message>
    <message>
        <source>The file is not valid CSV at line {line}: {reason}</source>
        <translation>فایل در خط {line} یک CSV معتبر نیست: {reason}</translation>
    </message>
    <message>
        <source>The file size is not valid.</source>
        <translation>اندازهٔ فایل معتبر نیست.</translation>
    </message>
    <message>
        <source>The logo file {path} named in the preset does not exist.</source>
        <translation>فایل لوگوی {path} که در پیش‌تنظیم آمده وجود ندارد.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {count} characters</source>
        <translation>عبارت عبور باید دست‌کم {count} نویسه داشته باشد</translation>
    </message>
    <message>
        <source>The port in the server address is not valid.</source>
        <translation>درگاه (پورت) در نشانی سرور معتبر نیست.</translation>
    </message>
    <message>
        <source>The preset cannot lock {name}; it can lock {choices}</source>
        <translation>پیش‌تنظیم نمی‌تواند {name} را قفل کند؛ این‌ها را می‌تواند: {choices}</translation>
    </message>
    <message>
        <source>The preset file {path} cannot be read: {reason}</source>
        <translation>فایل پیش‌تنظیم {path} خوانده نمی‌شود: {reason}</translation>
    </message>
    <message>
        <source>The preset file {path}, line {line}, is not valid JSON: {reason}</source>
        <translation>فایل پیش‌تنظیم {path}، سطر {line}، JSON معتبر نیست: {reason}</translation>
    </message>
    <message>
        <source>The preset file {path}, line {line}, key {key}: {reason}</source>
        <translation>فایل پیش‌تنظیم {path}، سطر {line}، کلید {key}: {reason}</translation>
    </message>
    <message>
        <source>The preset locks {name} but does not set it.</source>
        <translation>پیش‌تنظیم {name} را قفل می‌کند اما مقداری برایش تعیین نمی‌کند.</translation>
    </message>
    <message>
        <source>The preset must be a JSON object.</source>
        <translation>پیش‌تنظیم باید یک شیء JSON باشد.</translation>
    </message>
    <message>
        <source>The preset&apos;s ca_bundle must be the path of a PEM file.</source>
        <translation>مقدار ca_bundle در پیش‌تنظیم باید مسیر یک فایل PEM باشد.</translation>
    </message>
    <message>
        <source>The preset&apos;s company must be a JSON object.</source>
        <translation>بخش company در پیش‌تنظیم باید یک شیء JSON باشد.</translation>
    </message>
    <message>
        <source>The preset&apos;s company representatives must give each login a name, and may give a phone and an email.</source>
        <translation>بخش representatives شرکت در پیش‌تنظیم باید برای هر نام کاربری یک نام تعیین کند و می‌تواند تلفن و ایمیل هم داشته باشد.</translation>
    </message>
    <message>
        <source>The preset&apos;s company {name} must be a list of lines.</source>
        <translation>فیلد {name} شرکت در پیش‌تنظیم باید فهرستی از سطرها باشد.</translation>
    </message>
    <message>
        <source>The preset&apos;s company {name} must be text, or texts by language (en, ar, fa, ru).</source>
        <translation>فیلد {name} شرکت در پیش‌تنظیم باید متن، یا متن‌هایی به تفکیک زبان (en، ar، fa، ru) باشد.</translation>
    </message>
    <message>
        <source>The preset&apos;s company {name} must be text.</source>
        <translation>فیلد {name} شرکت در پیش‌تنظیم باید متن باشد.</translation>
    </message>
    <message>
        <source>The preset&apos;s idle_lock_minutes must be a whole number from {low} to {high}.</source>
        <translation>مقدار idle_lock_minutes در پیش‌تنظیم باید عددی صحیح از {low} تا {high} باشد.</translation>
    </message>
    <message>
        <source>The preset&apos;s locked must be a list of setting names.</source>
        <translation>مقدار locked در پیش‌تنظیم باید فهرستی از نام تنظیمات باشد.</translation>
    </message>
    <message>
        <source>The preset&apos;s proxy must be &quot;system&quot; or a URL such as http://proxy.example:3128.</source>
        <translation>مقدار proxy در پیش‌تنظیم باید &quot;system&quot; یا نشانی‌ای مانند http://proxy.example:3128 باشد.</translation>
    </message>
    <message>
        <source>The preset&apos;s proxy must give a port, and nothing after it.</source>
        <translation>مقدار proxy در پیش‌تنظیم باید درگاه را مشخص کند و پس از آن چیزی نیاید.</translation>
    </message>
    <message>
        <source>The preset&apos;s proxy must not hold a user name or password.</source>
        <translation>مقدار proxy در پیش‌تنظیم نباید نام کاربری یا گذرواژه داشته باشد.</translation>
    </message>
    <message>
        <source>The preset&apos;s server_url must be text.</source>
        <translation>مقدار server_url در پیش‌تنظیم باید متن باشد.</translation>
    </message>
    <message>
        <source>The preset&apos;s server_url {url} is refused: {reason}</source>
        <translation>آدرس server_url ‏{url} در پیش‌تنظیم پذیرفته نشد: {reason}</translation>
    </message>
    <message>
        <source>The preset&apos;s {name} must be true or false.</source>
        <translation>مقدار {name} در پیش‌تنظیم باید true یا false باشد.</translation>
    </message>
    <message>
        <source>The record is no longer in this workspace; the change cannot be sent again.</source>
        <translation>این رکورد دیگر در این فضای کار نیست؛ تغییر را نمی‌توان دوباره فرستاد.</translation>
    </message>
    <message>
        <source>The record to attach this file to no longer exists.</source>
        <translation>رکوردی که این فایل باید به آن پیوست شود دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The record was deleted on the server; your value cannot be kept. It is shown here so you can copy it.</source>
        <translation>این رکورد روی سرور حذف شده است؛ مقدار شما را نمی‌توان نگه داشت. اینجا نمایش داده می‌شود تا بتوانید آن را کپی کنید.</translation>
    </message>
    <message>
        <source>The report for {visit} has not been submitted yet.</source>
        <translation>گزارش {visit} هنوز ارسال نشده است.</translation>
    </message>
    <message>
        <source>The report for {visit} is {state} and cannot be edited.</source>
        <translation>گزارش {visit} در وضعیت {state} است و قابل ویرایش نیست.</translation>
    </message>
    <message>
        <source>The report for {visit} was already submitted; it is {state}.</source>
        <translation>گزارش {visit} قبلاً ارسال شده؛ وضعیت آن {state} است.</translation>
    </message>
    <message>
        <source>The server address must look like https://sync.example.com.</source>
        <translation>نشانی سرور باید شبیه https://sync.example.com باشد.</translation>
    </message>
    <message>
        <source>The server could not answer (HTTP {status}); your changes are kept and will be sent at the next sync.</source>
        <translation>سرور نتوانست پاسخ دهد (HTTP {status})؛ تغییرات شما نگه داشته می‌شود و در همگام‌سازی بعدی فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>The server is busy; try again in {retry_after} s.</source>
        <translation>سرور مشغول است؛ {retry_after} ثانیه دیگر دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The server needs a newer version of this app; update the app, then sync again. Nothing was changed.</source>
        <translation>سرور به نسخهٔ جدیدتری از این برنامه نیاز دارد؛ برنامه را به‌روز کنید و دوباره همگام‌سازی کنید. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>سرور این تغییر را نپذیرفت.</translation>
    </message>
    <message>
        <source>The server requires two-step sign-in for your account; set up an authenticator app to continue.</source>
        <translation>سرور برای حساب شما ورود دومرحله‌ای را الزامی کرده است؛ برای ادامه یک برنامهٔ احراز هویت راه‌اندازی کنید.</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot read.</source>
        <translation>سرور پاسخی فرستاد که این برنامه نمی‌تواند بخواند.</translation>
    </message>
    <message>
        <source>The server sent the wrong bytes for {filename}.</source>
        <translation>سرور محتوای نادرستی برای {filename} فرستاد.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted ({server}); ask your administrator for the company&apos;s certificate bundle.</source>
        <translation>گواهی سرور مورد اعتماد نیست ({server})؛ بستهٔ گواهی‌های شرکت را از مدیر سیستم بخواهید.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>دو عبارت عبور یکسان نیستند.</translation>
    </message>
    <message>
        <source>The two passphrases differ</source>
        <translation>دو عبارت عبور یکسان نیستند</translation>
    </message>
    <message>
        <source>The workspace already has accounts; demo data needs an empty one.</source>
        <translation>فضای کار از قبل حساب دارد؛ داده‌های نمونه به فضای خالی نیاز دارند.</translation>
    </message>
    <message>
        <source>The workspace database {path} is damaged or does not match its key file</source>
        <translation>پایگاه دادهٔ فضای کار {path} آسیب دیده یا با فایل کلید آن نمی‌خواند</translation>
    </message>
    <message>
        <source>The workspace database {path} is missing</source>
        <translation>پایگاه دادهٔ فضای کار {path} وجود ندارد</translation>
    </message>
    <message>
        <source>The workspace is locked</source>
        <translation>فضای کار قفل است</translation>
    </message>
    <message>
        <source>The workspace key file {path} is damaged or unreadable</source>
        <translation>فایل کلید فضای کار {path} آسیب دیده یا خواندنی نیست</translation>
    </message>
    <message>
        <source>The workspace key file {path} is missing</source>
        <translation>فایل کلید فضای کار {path} وجود ندارد</translation>
    </message>
    <message>
        <source>There is no open conflict with number {id}.</source>
        <translation>تعارض بازی با شمارهٔ {id} وجود ندارد.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>این حساب دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This laptop was removed from the company&apos;s devices; its workspace has been erased.</source>
        <translation>این لپ‌تاپ از دستگاه‌های شرکت حذف شد؛ فضای کار آن پاک شده است.</translation>
    </message>
    <message>
        <source>This record left your territories before your change was sent; the change is kept here so you can copy it.</source>
        <translation>این رکورد پیش از فرستادن تغییر شما از قلمروهای شما خارج شد؛ تغییر اینجا نگه داشته می‌شود تا بتوانید آن را کپی کنید.</translation>
    </message>
    <message>
        <source>This report is already approved and can no longer change.</source>
        <translation>این گزارش قبلاً تأیید شده و دیگر قابل تغییر نیست.</translation>
    </message>
    <message>
        <source>This report was sent back to the rep; it can be reviewed again once it is resubmitted.</source>
        <translation>این گزارش به نماینده برگردانده شده است؛ پس از ارسال دوباره می‌توان آن را دوباره بررسی کرد.</translation>
    </message>
    <message>
        <source>This visit already has a report.</source>
        <translation>این بازدید از قبل گزارش دارد.</translation>
    </message>
    <message>
        <source>This workspace belongs to {username} on {server}; it cannot sync with another account. Create a new workspace for it.</source>
        <translation>این فضای کار متعلق به {username} روی {server} است؛ نمی‌تواند با حساب دیگری همگام شود. برای آن فضای کار تازه‌ای بسازید.</translation>
    </message>
    <message>
        <source>This workspace is not connected to a server yet; connect it first (fieldsales sync --server URL --username NAME).</source>
        <translation>این فضای کار هنوز به سروری وصل نیست؛ ابتدا آن را وصل کنید (fieldsales sync --server URL --username NAME).</translation>
    </message>
    <message>
        <source>Unit price is required for a line without a product.</source>
        <translation>برای ردیف بدون کالا، قیمت واحد لازم است.</translation>
    </message>
    <message>
        <source>Unit price must not be negative.</source>
        <translation>قیمت واحد نباید منفی باشد.</translation>
    </message>
    <message>
        <source>Unknown company setting(s) in the preset: {names}</source>
        <translation>تنظیمات ناشناختهٔ شرکت در پیش‌تنظیم: {names}</translation>
    </message>
    <message>
        <source>Unknown currency code: {code}.</source>
        <translation>کد ارز ناشناخته: {code}.</translation>
    </message>
    <message>
        <source>Unknown setting(s) in the preset: {names}</source>
        <translation>تنظیمات ناشناخته در پیش‌تنظیم: {names}</translation>
    </message>
    <message>
        <source>Unsupported calendar {value}; choose one of {choices}</source>
        <translation>تقویم {value} پشتیبانی نمی‌شود؛ یکی از این‌ها را انتخاب کنید: {choices}</translation>
    </message>
    <message>
        <source>Unsupported language {value}; choose one of {choices}</source>
        <translation>زبان {value} پشتیبانی نمی‌شود؛ یکی از این‌ها را انتخاب کنید: {choices}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <source>Visit {id} has no report yet.</source>
        <translation>بازدید {id} هنوز گزارشی ندارد.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this workspace</source>
        <translation>عبارت عبور این فضای کار نادرست است</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>نام کاربری یا گذرواژه نادرست است.</translation>
    </message>
    <message>
        <source>You are not the manager of the team this report&apos;s territory belongs to; only that team&apos;s manager reviews it.</source>
        <translation>شما مدیر تیمی که منطقهٔ این گزارش به آن تعلق دارد نیستید؛ فقط مدیر همان تیم آن را بررسی می‌کند.</translation>
    </message>
    <message>
        <source>Your session on the server has ended; sign in again.</source>
        <translation>نشست شما روی سرور پایان یافته است؛ دوباره وارد شوید.</translation>
    </message>
    <message>
        <source>a value in a column without a heading</source>
        <translation>مقداری در ستونی بدون سرستون</translation>
    </message>
    <message>
        <source>duplicate of line {line}</source>
        <translation>تکرار خط {line}</translation>
    </message>
    <message>
        <source>expected {expected} fields, found {found}</source>
        <translation>{expected} فیلد انتظار می‌رفت، {found} یافت شد</translation>
    </message>
    <message>
        <source>no account with number {number}</source>
        <translation>حسابی با شماره {number} نیست</translation>
    </message>
    <message>
        <source>no product with SKU {sku}</source>
        <translation>کالایی با کد {sku} نیست</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>ستون لازم وجود ندارد</translation>
    </message>
    <message>
        <source>several price lists are named “{name}”; rename one first</source>
        <translation>چند فهرست قیمت با نام «{name}» هست؛ ابتدا یکی را تغییر نام دهید</translation>
    </message>
    <message>
        <source>territory “{name}” is not on the server; use one of your territories</source>
        <translation>قلمرو «{name}» روی سرور نیست؛ یکی از قلمروهای خود را به کار ببرید</translation>
    </message>
    <message>
        <source>the end ({end}) is before the start ({start})</source>
        <translation>پایان ({end}) پیش از شروع ({start}) است</translation>
    </message>
    <message>
        <source>the same column as {other}</source>
        <translation>همان ستون {other}</translation>
    </message>
    <message>
        <source>unknown column; expected one of: </source>
        <translation>ستون ناشناخته؛ یکی از این‌ها انتظار می‌رفت: </translation>
    </message>
    <message>
        <source>{account} is blocked; orders cannot be submitted for it.</source>
        <translation>{account} مسدود است؛ نمی‌توان برای آن سفارش ثبت کرد.</translation>
    </message>
    <message>
        <source>{entity} is kept by the server: only an administrator changes it. Discard this change, or ask your administrator to add it.</source>
        <translation>{entity} را سرور نگه می‌دارد: فقط مدیر سیستم آن را تغییر می‌دهد. این تغییر را کنار بگذارید یا از مدیر بخواهید آن را اضافه کند.</translation>
    </message>
    <message>
        <source>{filename} has not arrived from the server yet; it comes with the next sync.</source>
        <translation>{filename} هنوز از سرور نرسیده است؛ با همگام‌سازی بعدی می‌رسد.</translation>
    </message>
    <message>
        <source>{filename} is larger than the {limit} MB limit</source>
        <translation>{filename} از سقف {limit} مگابایت بزرگ‌تر است</translation>
    </message>
    <message>
        <source>{kind} {label} cannot go from {current} to {target}.</source>
        <translation>{kind} {label} نمی‌تواند از {current} به {target} برود.</translation>
    </message>
    <message>
        <source>{kind} {number} is {status} and can no longer be changed.</source>
        <translation>{kind} {number} در وضعیت {status} است و دیگر قابل تغییر نیست.</translation>
    </message>
    <message>
        <source>{label} can be at most {maximum}.</source>
        <translation>{label} حداکثر می‌تواند {maximum} باشد.</translation>
    </message>
    <message>
        <source>{label} is longer than {limit} characters.</source>
        <translation>{label} بیش از {limit} نویسه است.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} لازم است.</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>{label} باید عدد باشد.</translation>
    </message>
    <message>
        <source>{label} must be between 0 and 100.</source>
        <translation>{label} باید بین ۰ و ۱۰۰ باشد.</translation>
    </message>
    <message>
        <source>{label} must not be negative.</source>
        <translation>{label} نباید منفی باشد.</translation>
    </message>
    <message>
        <source>{label} of price list “{name}” differs from line {line}</source>
        <translation>{label} فهرست قیمت «{name}» با خط {line} فرق دارد</translation>
    </message>
    <message>
        <source>{names} does not work at {account}.</source>
        <translation>{names} در {account} کار نمی‌کند.</translation>
    </message>
    <message>
        <source>{option} takes a date as YYYY-MM-DD, not {value}.</source>
        <translation>{option} تاریخ را به شکل YYYY-MM-DD می‌پذیرد، نه {value}.</translation>
    </message>
    <message>
        <source>{path}: {count} bad row(s), nothing imported (first: {first}); fix them or skip bad rows (--skip-invalid)</source>
        <translation>{path}: {count} ردیف نادرست، چیزی وارد نشد (نخستین: {first})؛ آن‌ها را اصلاح کنید یا ردیف‌های نادرست را رد کنید (--skip-invalid)</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}.</source>
        <translation>{value} جزو این‌ها نیست: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation>«{value}» نشانی ایمیل معتبری نیست.</translation>
    </message>
</context>
<context>
    <name>ranking</name>
    <message>
        <source>A visit is already planned on {date}</source>
        <translation>بازدیدی برای {date} برنامه‌ریزی شده است</translation>
    </message>
    <message>
        <source>Account blocked: orders need an override</source>
        <translation>حساب مسدود است: سفارش‌ها به مجوز عبور نیاز دارند</translation>
    </message>
    <message>
        <source>Contract {number} ends on {date}; notice by {deadline}</source>
        <translation>قرارداد {number} در {date} پایان می‌یابد؛ مهلت اعلام تا {deadline}</translation>
    </message>
    <message>
        <source>Credit used up: orders need an override</source>
        <translation>اعتبار تمام شده است: سفارش‌ها به مجوز عبور نیاز دارند</translation>
    </message>
    <message>
        <source>Last visit {days} days ago; due every {cadence} days</source>
        <translation>آخرین بازدید {days} روز پیش؛ هر {cadence} روز یک بار</translation>
    </message>
    <message>
        <source>Never visited; due every {cadence} days</source>
        <translation>هرگز بازدید نشده؛ هر {cadence} روز یک بار</translation>
    </message>
    <message>
        <source>Open pipeline {amount} weighted by probability</source>
        <translation>فرصت‌های باز به ارزش {amount}، وزن‌دهی‌شده با احتمال</translation>
    </message>
    <message>
        <source>Overdue follow-up tasks: {count}, oldest due {date}</source>
        <translation>کارهای پیگیری عقب‌افتاده: {count}، قدیمی‌ترین با سررسید {date}</translation>
    </message>
    <message>
        <source>Pipeline in {currencies} not counted: no exchange rate in force</source>
        <translation>فرصت‌های به {currencies} حساب نشدند: نرخ ارز معتبری نیست</translation>
    </message>
    <message>
        <source>Quote {number} expires on {date}</source>
        <translation>پیش‌فاکتور {number} در {date} منقضی می‌شود</translation>
    </message>
</context>
</TS>
