# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = شكرًا لأنك أخبرتنا. قرأنا رسالتك، ونحن نأخذها بجدية.
template-not-your-fault = ما حدث ليس خطأك. لقد فعلت الصواب عندما أخبرتنا.
template-tell-more = نريد أن نفهم أكثر. فقط إذا أردت: هل يمكنك إخبارنا بالمزيد عمّا حدث، ولو قليلًا؟
template-working = نحن نعمل على ما أخبرتنا به. سنكتب لك هنا مرة أخرى.
template-done = فعلنا ما استطعنا بخصوص رسالتك. إذا أقلقك أي شيء آخر، يمكنك دائمًا الكتابة لنا من جديد.
