# Reply templates that reviewers start from, in the child's language: plain, warm, no blame,
# no promises we cannot keep. The child reads them on the coming-back page.

template-thanks = Waad ku mahadsan tahay inaad noo sheegtay. Fariintaada waan akhrinay, si dhab ah ayaanna u qaadanaynaa.
template-not-your-fault = Waxa dhacay eeddaada ma aha. Waxa saxda ah ayaad samaysay markaad noo sheegtay.
template-tell-more = Waxaan jeclaan lahayn inaan si fiican u fahanno. Kaliya haddii aad rabto: ma noo sheegi kartaa wax yar oo dheeraad ah oo ku saabsan waxa dhacay?
template-working = Waxaan ka shaqaynaynaa waxa aad noo sheegtay. Halkan ayaan mar kale kuugu soo qori doonnaa.
template-done = Waxaan samaynay wixii aan awoodnay ee ku saabsan fariintaada. Haddii wax kale ku walwaliyaan, mar walba mar kale ayaad noo soo qori kartaa.
