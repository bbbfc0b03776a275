"""The language detector the build tests rely on tells our languages apart."""

import pytest

from wegwijzer.language_of import language_of

SAMPLES = {
    "nl": "Je hebt recht op hulp. Het OCMW kan je helpen met een leefloon en met het zoeken naar een woning voor jou.",
    "en": "You have the right to help. The social welfare centre can help you with a living wage and with finding a home.",
    "fr": "Vous avez droit à une aide. Le CPAS peut vous aider avec le revenu d'intégration et pour trouver un logement.",
    "es": "Tienes derecho a recibir ayuda. El centro social puede ayudarte con un ingreso y a encontrar una vivienda para ti.",
    "tr": "Yardım alma hakkınız var. Sosyal merkez size gelir desteği ve bir konut bulmak için de yardım edebilir, bu çok önemli.",
    "ar": "لديك الحق في الحصول على المساعدة. يمكن للمركز الاجتماعي مساعدتك في الدخل وفي العثور على سكن مناسب لك.",
    "fa": "شما حق دارید کمک بگیرید. مرکز اجتماعی می‌تواند در پیدا کردن مسکن و گرفتن کمک هزینه به شما کمک کند و چیزهای دیگر.",
    "ru": "У вас есть право на помощь. Социальный центр может помочь вам с доходом и с поиском жилья, это важно для вас.",
    "uk": "Ви маєте право на допомогу. Соціальний центр може допомогти вам із доходом і з пошуком житла, це важливо і для вас.",
    "ka": "თქვენ გაქვთ დახმარების უფლება. სოციალურ ცენტრს შეუძლია დაგეხმაროთ შემოსავალში და საცხოვრებლის პოვნაში.",
}


@pytest.mark.parametrize("code", SAMPLES)
def test_each_language_is_recognised(code):
    assert language_of(SAMPLES[code]) == code


def test_too_little_text_is_not_guessed():
    assert language_of("OCMW") is None
